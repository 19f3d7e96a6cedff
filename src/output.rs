//! The one place that writes command results to stdout.
//!
//! Commands return an [`Output`] (data, never prose); `main` hands it to [`render`] with the
//! user's [`OutputSettings`]. Tables are for people, JSON and YAML for scripts: JSON is the
//! complete object(s) with stable field names, one document per command.

use std::io::{self, IsTerminal, Write};

use comfy_table::{ContentArrangement, Table, presets};
use serde::Serialize;
use serde_json::{Map, Value};

use crate::error::{Error, ErrorKind, Result};

/// How results are printed (`-o/--output`, `KAMAKI_OUTPUT`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum OutputFormat {
    #[default]
    Table,
    Json,
    Yaml,
}

/// The user's choices about how to print results.
#[derive(Debug, Clone, Default)]
pub struct OutputSettings {
    pub format: OutputFormat,
    /// `--columns a,b,c`: the fields to show, in this order (all formats).
    pub columns: Option<Vec<String>>,
    /// `--no-header`: tables without the header row.
    pub no_header: bool,
}

impl OutputSettings {
    /// Whether results print as tables (which may show looked-up names instead of ids).
    pub fn is_table(&self) -> bool {
        self.format == OutputFormat::Table
    }
}

/// What a command produced.
#[derive(Debug, Clone, PartialEq)]
pub enum Output {
    /// One object; a table shows it as key/value rows.
    Object { value: Value, table_view: Option<Value> },
    /// A list of objects; a table shows `columns` unless the user chose others.
    List { items: Vec<Value>, columns: Vec<String>, table_rows: Option<Vec<Value>> },
    /// Bytes written as they are (file contents).
    Raw(Vec<u8>),
    /// Nothing to print.
    Empty,
    /// A result printed before the command fails: a wait that ran out of time shows what it
    /// saw, then exits with the failure's code (124).
    Unfinished { output: Box<Output>, failure: Failure },
}

/// Why an [`Output::Unfinished`] command fails (an [`Error`] in a form outputs can hold).
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    kind: ErrorKind,
    message: String,
    hint: Option<String>,
}

impl Failure {
    fn error(&self) -> Error {
        let error = Error::new(self.kind, self.message.clone());
        match &self.hint {
            Some(hint) => error.hint(hint.clone()),
            None => error,
        }
    }
}

impl Output {
    /// One object (anything serializable).
    pub fn object(value: impl Serialize) -> Output {
        Output::Object { value: to_value(value), table_view: None }
    }

    /// A list of objects with the default table columns.
    pub fn list<T: Serialize>(items: impl IntoIterator<Item = T>, columns: &[&str]) -> Output {
        Output::List {
            items: items.into_iter().map(to_value).collect(),
            columns: columns.iter().map(|c| c.to_string()).collect(),
            table_rows: None,
        }
    }

    pub fn raw(bytes: impl Into<Vec<u8>>) -> Output {
        Output::Raw(bytes.into())
    }

    pub fn empty() -> Output {
        Output::Empty
    }

    /// With `long`, tables show every field instead of the default columns (`-l`).
    pub fn long(mut self, long: bool) -> Output {
        if let (true, Output::List { items, columns, .. }) = (long, &mut self) {
            *columns = all_keys(items);
        }
        self
    }

    /// Shows `rows` in tables instead of the items themselves, e.g. with human-readable
    /// sizes; JSON and YAML still print the raw items.
    pub fn with_table_rows(mut self, rows: Vec<Value>) -> Output {
        if let Output::List { table_rows, .. } = &mut self {
            *table_rows = Some(rows);
        }
        self
    }

    /// Shows `view` in tables instead of the object itself.
    pub fn with_table_view(mut self, view: impl Serialize) -> Output {
        if let Output::Object { table_view, .. } = &mut self {
            *table_view = Some(to_value(view));
        }
        self
    }

    /// Prints this, then fails with `error`.
    pub fn failing(self, error: Error) -> Output {
        let failure = Failure {
            kind: error.kind(),
            message: error.message().to_string(),
            hint: error.hint_text().map(str::to_string),
        };
        Output::Unfinished { output: Box::new(self), failure }
    }

    /// The error the command ends with after printing, if any.
    pub fn failure(&self) -> Option<Error> {
        match self {
            Output::Unfinished { failure, .. } => Some(failure.error()),
            _ => None,
        }
    }

    /// The machine-readable value of this output (what `-o json` prints).
    pub fn value(&self) -> Option<Value> {
        match self {
            Output::Object { value, .. } => Some(value.clone()),
            Output::List { items, .. } => Some(Value::Array(items.clone())),
            Output::Raw(_) | Output::Empty => None,
            Output::Unfinished { output, .. } => output.value(),
        }
    }
}

fn to_value(value: impl Serialize) -> Value {
    // Serializing our own data types into a Value cannot fail (no non-string map keys).
    serde_json::to_value(value).unwrap_or(Value::Null)
}

fn all_keys(items: &[Value]) -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    for item in items {
        if let Value::Object(map) = item {
            for key in map.keys() {
                if !keys.contains(key) {
                    keys.push(key.clone());
                }
            }
        }
    }
    keys
}

/// Prints `output` to stdout in the chosen format.
pub fn render(output: &Output, settings: &OutputSettings) -> Result<()> {
    if let Output::Unfinished { output, failure } = output {
        render(output, settings)?;
        return Err(failure.error());
    }
    let stdout = io::stdout();
    let tty = stdout.is_terminal();
    let mut out = stdout.lock();
    let text = match output {
        Output::Empty | Output::Unfinished { .. } => return Ok(()),
        Output::Raw(bytes) => {
            out.write_all(bytes)?;
            return Ok(out.flush()?);
        }
        _ => format_output(output, settings, tty)?,
    };
    out.write_all(text.as_bytes())?;
    Ok(out.flush()?)
}

/// Formats `output` as text; `tty` picks pretty JSON and table borders.
pub fn format_output(output: &Output, settings: &OutputSettings, tty: bool) -> Result<String> {
    let columns = settings.columns.as_deref();
    match settings.format {
        OutputFormat::Json => {
            let value = select_value(output, columns);
            let mut text =
                if tty { serde_json::to_string_pretty(&value)? } else { serde_json::to_string(&value)? };
            text.push('\n');
            Ok(text)
        }
        OutputFormat::Yaml => Ok(serde_yaml::to_string(&select_value(output, columns))?),
        OutputFormat::Table => Ok(format_table(output, settings, tty)),
    }
}

fn select_value(output: &Output, columns: Option<&[String]>) -> Value {
    let value = output.value().unwrap_or(Value::Null);
    match (columns, value) {
        (Some(cols), Value::Array(items)) => {
            Value::Array(items.into_iter().map(|item| select_fields(item, cols)).collect())
        }
        (Some(cols), value @ Value::Object(_)) => select_fields(value, cols),
        (_, value) => value,
    }
}

fn select_fields(item: Value, columns: &[String]) -> Value {
    match item {
        Value::Object(map) => {
            let mut picked = Map::new();
            for col in columns {
                picked.insert(col.clone(), lookup(&Value::Object(map.clone()), col));
            }
            Value::Object(picked)
        }
        other => other,
    }
}

/// Looks a column up in an object; `a.b` reaches into nested objects.
fn lookup(value: &Value, column: &str) -> Value {
    if let Some(found) = value.get(column) {
        return found.clone();
    }
    let mut current = value;
    for part in column.split('.') {
        match current.get(part) {
            Some(next) => current = next,
            None => return Value::Null,
        }
    }
    current.clone()
}

/// A value as it reads in a table cell.
pub fn cell_text(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::Array(items) if items.iter().all(|v| !v.is_object() && !v.is_array()) => {
            items.iter().map(cell_text).collect::<Vec<_>>().join(", ")
        }
        other => other.to_string(),
    }
}

fn new_table(tty: bool) -> Table {
    let mut table = Table::new();
    if tty {
        table.load_style(presets::UTF8_FULL_CONDENSED);
        table.set_content_arrangement(ContentArrangement::Dynamic);
    } else {
        // Plain columns separated by spaces: easy to read and to `awk`.
        table.load_style(presets::NOTHING);
    }
    table
}

fn format_table(output: &Output, settings: &OutputSettings, tty: bool) -> String {
    let mut table = new_table(tty);
    match output {
        Output::List { items, columns, table_rows } => {
            let rows = table_rows.as_ref().unwrap_or(items);
            let columns = settings.columns.as_ref().unwrap_or(columns);
            if !settings.no_header {
                table.set_header(columns.iter().map(|c| c.to_uppercase()));
            }
            for row in rows {
                table.add_row(columns.iter().map(|c| cell_text(&lookup(row, c))));
            }
        }
        Output::Object { value, table_view } => {
            let view = table_view.as_ref().unwrap_or(value);
            if !settings.no_header {
                table.set_header(["FIELD", "VALUE"]);
            }
            match view {
                Value::Object(map) => {
                    let keys: Vec<String> = match &settings.columns {
                        Some(cols) => cols.clone(),
                        None => map.keys().cloned().collect(),
                    };
                    for key in keys {
                        table.add_row([key.clone(), cell_text(&lookup(view, &key))]);
                    }
                }
                other => {
                    table.add_row([String::new(), cell_text(other)]);
                }
            }
        }
        Output::Unfinished { output, .. } => return format_table(output, settings, tty),
        Output::Raw(_) | Output::Empty => return String::new(),
    }
    let mut text = table.to_string();
    if !tty {
        // Without borders comfy-table pads with a leading space; trim it for scripts.
        text = text.lines().map(|l| l.trim_start_matches(' ').trim_end()).collect::<Vec<_>>().join("\n");
    }
    text.push('\n');
    text
}

/// Writes bytes to stdout as they arrive (`file cat`, downloads to `-`).
pub fn stdout_writer() -> impl Write {
    io::stdout().lock()
}

/// Formats bytes with binary units as kamaki does: 9792 → `9.56KiB`, 0 → `0B`.
pub fn human_size(bytes: u64) -> String {
    const UNITS: [&str; 6] = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];
    let mut size = bytes as f64;
    let mut unit = 0;
    while size >= 1024.0 && unit < UNITS.len() - 1 {
        size /= 1024.0;
        unit += 1;
    }
    let text = format!("{size:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    format!("{text}{}", UNITS[unit])
}

/// Writes one line of diagnostics (a `-v` log line, a progress note) to stderr. With
/// [`warn`] and [`report_error`] it is the only writer of stderr, so no diagnostic can
/// end up in the results on stdout.
pub fn log(line: impl std::fmt::Display) {
    let _ = writeln!(io::stderr().lock(), "{line}");
}

/// Prints a warning to stderr: `warning: …`, in yellow on a terminal unless `NO_COLOR`.
/// Every warning goes through here, so they all look alike and never reach stdout.
pub fn warn(message: &str) {
    let stderr = io::stderr();
    let color = stderr.is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let label = if color { "\x1b[1;33mwarning\x1b[0m" } else { "warning" };
    let _ = writeln!(stderr.lock(), "{label}: {message}");
}

/// Prints a fatal error to stderr: `error: …` and `hint: …`, or JSON with `-o json`.
pub fn report_error(err: &Error, format: OutputFormat) {
    let stderr = io::stderr();
    let mut out = stderr.lock();
    if format == OutputFormat::Json {
        let _ = writeln!(out, "{}", err.to_json());
        return;
    }
    let color = stderr.is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let label = if color { "\x1b[1;31merror\x1b[0m" } else { "error" };
    let _ = writeln!(out, "{label}: {}", err.message());
    if let Some(hint) = err.hint_text() {
        let label = if color { "\x1b[1;36mhint\x1b[0m" } else { "hint" };
        let _ = writeln!(out, "{label}: {hint}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn human_sizes_match_kamaki() {
        assert_eq!(human_size(0), "0B");
        assert_eq!(human_size(9792), "9.56KiB");
        assert_eq!(human_size(1024), "1KiB");
        assert_eq!(human_size(3 * 1024 * 1024 * 1024), "3GiB");
    }

    #[test]
    fn list_table_shows_default_columns_and_json_everything() {
        let out = Output::list([json!({"id": 1, "name": "a", "extra": true})], &["id", "name"]);
        let table = format_output(&out, &OutputSettings::default(), false).unwrap();
        assert_eq!(table, "ID  NAME\n1   a\n");
        let settings = OutputSettings { format: OutputFormat::Json, ..Default::default() };
        let text = format_output(&out, &settings, false).unwrap();
        assert_eq!(text, "[{\"id\":1,\"name\":\"a\",\"extra\":true}]\n");
    }

    #[test]
    fn columns_select_fields_in_json_too() {
        let out = Output::object(json!({"id": 1, "name": "a", "nested": {"x": 2}}));
        let settings = OutputSettings {
            format: OutputFormat::Json,
            columns: Some(vec!["name".into(), "nested.x".into()]),
            no_header: false,
        };
        let text = format_output(&out, &settings, false).unwrap();
        assert_eq!(text, "{\"name\":\"a\",\"nested.x\":2}\n");
    }

    #[test]
    fn long_lists_show_all_keys() {
        let out = Output::list([json!({"id": 1, "b": 2})], &["id"]).long(true);
        let settings = OutputSettings { no_header: true, ..Default::default() };
        assert_eq!(format_output(&out, &settings, false).unwrap(), "1  2\n");
    }
}
