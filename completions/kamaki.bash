_kamaki() {
    local i cur prev opts cmd
    COMPREPLY=()
    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
        cur="$2"
    else
        cur="${COMP_WORDS[COMP_CWORD]}"
    fi
    prev="$3"
    cmd=""
    opts=""

    for i in "${COMP_WORDS[@]:0:COMP_CWORD}"
    do
        case "${cmd},${i}" in
            ",$1")
                cmd="kamaki"
                ;;
            kamaki,astakos)
                cmd="kamaki__subcmd__astakos"
                ;;
            kamaki,completions)
                cmd="kamaki__subcmd__completions"
                ;;
            kamaki,config)
                cmd="kamaki__subcmd__config"
                ;;
            kamaki,help)
                cmd="kamaki__subcmd__help"
                ;;
            kamaki,linstor)
                cmd="kamaki__subcmd__linstor"
                ;;
            kamaki,sandbox)
                cmd="kamaki__subcmd__sandbox"
                ;;
            kamaki__subcmd__astakos,authenticate)
                cmd="kamaki__subcmd__astakos__subcmd__authenticate"
                ;;
            kamaki__subcmd__astakos,help)
                cmd="kamaki__subcmd__astakos__subcmd__help"
                ;;
            kamaki__subcmd__astakos,membership)
                cmd="kamaki__subcmd__astakos__subcmd__membership"
                ;;
            kamaki__subcmd__astakos,project)
                cmd="kamaki__subcmd__astakos__subcmd__project"
                ;;
            kamaki__subcmd__astakos,quota)
                cmd="kamaki__subcmd__astakos__subcmd__quota"
                ;;
            kamaki__subcmd__astakos,resource)
                cmd="kamaki__subcmd__astakos__subcmd__resource"
                ;;
            kamaki__subcmd__astakos,user)
                cmd="kamaki__subcmd__astakos__subcmd__user"
                ;;
            kamaki__subcmd__astakos__subcmd__help,authenticate)
                cmd="kamaki__subcmd__astakos__subcmd__help__subcmd__authenticate"
                ;;
            kamaki__subcmd__astakos__subcmd__help,help)
                cmd="kamaki__subcmd__astakos__subcmd__help__subcmd__help"
                ;;
            kamaki__subcmd__astakos__subcmd__help,membership)
                cmd="kamaki__subcmd__astakos__subcmd__help__subcmd__membership"
                ;;
            kamaki__subcmd__astakos__subcmd__help,project)
                cmd="kamaki__subcmd__astakos__subcmd__help__subcmd__project"
                ;;
            kamaki__subcmd__astakos__subcmd__help,quota)
                cmd="kamaki__subcmd__astakos__subcmd__help__subcmd__quota"
                ;;
            kamaki__subcmd__astakos__subcmd__help,resource)
                cmd="kamaki__subcmd__astakos__subcmd__help__subcmd__resource"
                ;;
            kamaki__subcmd__astakos__subcmd__help,user)
                cmd="kamaki__subcmd__astakos__subcmd__help__subcmd__user"
                ;;
            kamaki__subcmd__astakos__subcmd__help__subcmd__membership,list)
                cmd="kamaki__subcmd__astakos__subcmd__help__subcmd__membership__subcmd__list"
                ;;
            kamaki__subcmd__astakos__subcmd__help__subcmd__project,info)
                cmd="kamaki__subcmd__astakos__subcmd__help__subcmd__project__subcmd__info"
                ;;
            kamaki__subcmd__astakos__subcmd__help__subcmd__project,join)
                cmd="kamaki__subcmd__astakos__subcmd__help__subcmd__project__subcmd__join"
                ;;
            kamaki__subcmd__astakos__subcmd__help__subcmd__project,leave)
                cmd="kamaki__subcmd__astakos__subcmd__help__subcmd__project__subcmd__leave"
                ;;
            kamaki__subcmd__astakos__subcmd__help__subcmd__project,list)
                cmd="kamaki__subcmd__astakos__subcmd__help__subcmd__project__subcmd__list"
                ;;
            kamaki__subcmd__astakos__subcmd__help__subcmd__quota,list)
                cmd="kamaki__subcmd__astakos__subcmd__help__subcmd__quota__subcmd__list"
                ;;
            kamaki__subcmd__astakos__subcmd__help__subcmd__resource,list)
                cmd="kamaki__subcmd__astakos__subcmd__help__subcmd__resource__subcmd__list"
                ;;
            kamaki__subcmd__astakos__subcmd__help__subcmd__user,info)
                cmd="kamaki__subcmd__astakos__subcmd__help__subcmd__user__subcmd__info"
                ;;
            kamaki__subcmd__astakos__subcmd__help__subcmd__user,name2uuid)
                cmd="kamaki__subcmd__astakos__subcmd__help__subcmd__user__subcmd__name2uuid"
                ;;
            kamaki__subcmd__astakos__subcmd__help__subcmd__user,uuid2name)
                cmd="kamaki__subcmd__astakos__subcmd__help__subcmd__user__subcmd__uuid2name"
                ;;
            kamaki__subcmd__astakos__subcmd__membership,help)
                cmd="kamaki__subcmd__astakos__subcmd__membership__subcmd__help"
                ;;
            kamaki__subcmd__astakos__subcmd__membership,list)
                cmd="kamaki__subcmd__astakos__subcmd__membership__subcmd__list"
                ;;
            kamaki__subcmd__astakos__subcmd__membership__subcmd__help,help)
                cmd="kamaki__subcmd__astakos__subcmd__membership__subcmd__help__subcmd__help"
                ;;
            kamaki__subcmd__astakos__subcmd__membership__subcmd__help,list)
                cmd="kamaki__subcmd__astakos__subcmd__membership__subcmd__help__subcmd__list"
                ;;
            kamaki__subcmd__astakos__subcmd__project,help)
                cmd="kamaki__subcmd__astakos__subcmd__project__subcmd__help"
                ;;
            kamaki__subcmd__astakos__subcmd__project,info)
                cmd="kamaki__subcmd__astakos__subcmd__project__subcmd__info"
                ;;
            kamaki__subcmd__astakos__subcmd__project,join)
                cmd="kamaki__subcmd__astakos__subcmd__project__subcmd__join"
                ;;
            kamaki__subcmd__astakos__subcmd__project,leave)
                cmd="kamaki__subcmd__astakos__subcmd__project__subcmd__leave"
                ;;
            kamaki__subcmd__astakos__subcmd__project,list)
                cmd="kamaki__subcmd__astakos__subcmd__project__subcmd__list"
                ;;
            kamaki__subcmd__astakos__subcmd__project__subcmd__help,help)
                cmd="kamaki__subcmd__astakos__subcmd__project__subcmd__help__subcmd__help"
                ;;
            kamaki__subcmd__astakos__subcmd__project__subcmd__help,info)
                cmd="kamaki__subcmd__astakos__subcmd__project__subcmd__help__subcmd__info"
                ;;
            kamaki__subcmd__astakos__subcmd__project__subcmd__help,join)
                cmd="kamaki__subcmd__astakos__subcmd__project__subcmd__help__subcmd__join"
                ;;
            kamaki__subcmd__astakos__subcmd__project__subcmd__help,leave)
                cmd="kamaki__subcmd__astakos__subcmd__project__subcmd__help__subcmd__leave"
                ;;
            kamaki__subcmd__astakos__subcmd__project__subcmd__help,list)
                cmd="kamaki__subcmd__astakos__subcmd__project__subcmd__help__subcmd__list"
                ;;
            kamaki__subcmd__astakos__subcmd__quota,help)
                cmd="kamaki__subcmd__astakos__subcmd__quota__subcmd__help"
                ;;
            kamaki__subcmd__astakos__subcmd__quota,list)
                cmd="kamaki__subcmd__astakos__subcmd__quota__subcmd__list"
                ;;
            kamaki__subcmd__astakos__subcmd__quota__subcmd__help,help)
                cmd="kamaki__subcmd__astakos__subcmd__quota__subcmd__help__subcmd__help"
                ;;
            kamaki__subcmd__astakos__subcmd__quota__subcmd__help,list)
                cmd="kamaki__subcmd__astakos__subcmd__quota__subcmd__help__subcmd__list"
                ;;
            kamaki__subcmd__astakos__subcmd__resource,help)
                cmd="kamaki__subcmd__astakos__subcmd__resource__subcmd__help"
                ;;
            kamaki__subcmd__astakos__subcmd__resource,list)
                cmd="kamaki__subcmd__astakos__subcmd__resource__subcmd__list"
                ;;
            kamaki__subcmd__astakos__subcmd__resource__subcmd__help,help)
                cmd="kamaki__subcmd__astakos__subcmd__resource__subcmd__help__subcmd__help"
                ;;
            kamaki__subcmd__astakos__subcmd__resource__subcmd__help,list)
                cmd="kamaki__subcmd__astakos__subcmd__resource__subcmd__help__subcmd__list"
                ;;
            kamaki__subcmd__astakos__subcmd__user,help)
                cmd="kamaki__subcmd__astakos__subcmd__user__subcmd__help"
                ;;
            kamaki__subcmd__astakos__subcmd__user,info)
                cmd="kamaki__subcmd__astakos__subcmd__user__subcmd__info"
                ;;
            kamaki__subcmd__astakos__subcmd__user,name2uuid)
                cmd="kamaki__subcmd__astakos__subcmd__user__subcmd__name2uuid"
                ;;
            kamaki__subcmd__astakos__subcmd__user,uuid2name)
                cmd="kamaki__subcmd__astakos__subcmd__user__subcmd__uuid2name"
                ;;
            kamaki__subcmd__astakos__subcmd__user__subcmd__help,help)
                cmd="kamaki__subcmd__astakos__subcmd__user__subcmd__help__subcmd__help"
                ;;
            kamaki__subcmd__astakos__subcmd__user__subcmd__help,info)
                cmd="kamaki__subcmd__astakos__subcmd__user__subcmd__help__subcmd__info"
                ;;
            kamaki__subcmd__astakos__subcmd__user__subcmd__help,name2uuid)
                cmd="kamaki__subcmd__astakos__subcmd__user__subcmd__help__subcmd__name2uuid"
                ;;
            kamaki__subcmd__astakos__subcmd__user__subcmd__help,uuid2name)
                cmd="kamaki__subcmd__astakos__subcmd__user__subcmd__help__subcmd__uuid2name"
                ;;
            kamaki__subcmd__config,edit)
                cmd="kamaki__subcmd__config__subcmd__edit"
                ;;
            kamaki__subcmd__config,get)
                cmd="kamaki__subcmd__config__subcmd__get"
                ;;
            kamaki__subcmd__config,help)
                cmd="kamaki__subcmd__config__subcmd__help"
                ;;
            kamaki__subcmd__config,import-kamakirc)
                cmd="kamaki__subcmd__config__subcmd__import__subcmd__kamakirc"
                ;;
            kamaki__subcmd__config,list)
                cmd="kamaki__subcmd__config__subcmd__list"
                ;;
            kamaki__subcmd__config,path)
                cmd="kamaki__subcmd__config__subcmd__path"
                ;;
            kamaki__subcmd__config,set)
                cmd="kamaki__subcmd__config__subcmd__set"
                ;;
            kamaki__subcmd__config,unset)
                cmd="kamaki__subcmd__config__subcmd__unset"
                ;;
            kamaki__subcmd__config__subcmd__help,edit)
                cmd="kamaki__subcmd__config__subcmd__help__subcmd__edit"
                ;;
            kamaki__subcmd__config__subcmd__help,get)
                cmd="kamaki__subcmd__config__subcmd__help__subcmd__get"
                ;;
            kamaki__subcmd__config__subcmd__help,help)
                cmd="kamaki__subcmd__config__subcmd__help__subcmd__help"
                ;;
            kamaki__subcmd__config__subcmd__help,import-kamakirc)
                cmd="kamaki__subcmd__config__subcmd__help__subcmd__import__subcmd__kamakirc"
                ;;
            kamaki__subcmd__config__subcmd__help,list)
                cmd="kamaki__subcmd__config__subcmd__help__subcmd__list"
                ;;
            kamaki__subcmd__config__subcmd__help,path)
                cmd="kamaki__subcmd__config__subcmd__help__subcmd__path"
                ;;
            kamaki__subcmd__config__subcmd__help,set)
                cmd="kamaki__subcmd__config__subcmd__help__subcmd__set"
                ;;
            kamaki__subcmd__config__subcmd__help,unset)
                cmd="kamaki__subcmd__config__subcmd__help__subcmd__unset"
                ;;
            kamaki__subcmd__help,astakos)
                cmd="kamaki__subcmd__help__subcmd__astakos"
                ;;
            kamaki__subcmd__help,completions)
                cmd="kamaki__subcmd__help__subcmd__completions"
                ;;
            kamaki__subcmd__help,config)
                cmd="kamaki__subcmd__help__subcmd__config"
                ;;
            kamaki__subcmd__help,help)
                cmd="kamaki__subcmd__help__subcmd__help"
                ;;
            kamaki__subcmd__help,linstor)
                cmd="kamaki__subcmd__help__subcmd__linstor"
                ;;
            kamaki__subcmd__help,sandbox)
                cmd="kamaki__subcmd__help__subcmd__sandbox"
                ;;
            kamaki__subcmd__help__subcmd__astakos,authenticate)
                cmd="kamaki__subcmd__help__subcmd__astakos__subcmd__authenticate"
                ;;
            kamaki__subcmd__help__subcmd__astakos,membership)
                cmd="kamaki__subcmd__help__subcmd__astakos__subcmd__membership"
                ;;
            kamaki__subcmd__help__subcmd__astakos,project)
                cmd="kamaki__subcmd__help__subcmd__astakos__subcmd__project"
                ;;
            kamaki__subcmd__help__subcmd__astakos,quota)
                cmd="kamaki__subcmd__help__subcmd__astakos__subcmd__quota"
                ;;
            kamaki__subcmd__help__subcmd__astakos,resource)
                cmd="kamaki__subcmd__help__subcmd__astakos__subcmd__resource"
                ;;
            kamaki__subcmd__help__subcmd__astakos,user)
                cmd="kamaki__subcmd__help__subcmd__astakos__subcmd__user"
                ;;
            kamaki__subcmd__help__subcmd__astakos__subcmd__membership,list)
                cmd="kamaki__subcmd__help__subcmd__astakos__subcmd__membership__subcmd__list"
                ;;
            kamaki__subcmd__help__subcmd__astakos__subcmd__project,info)
                cmd="kamaki__subcmd__help__subcmd__astakos__subcmd__project__subcmd__info"
                ;;
            kamaki__subcmd__help__subcmd__astakos__subcmd__project,join)
                cmd="kamaki__subcmd__help__subcmd__astakos__subcmd__project__subcmd__join"
                ;;
            kamaki__subcmd__help__subcmd__astakos__subcmd__project,leave)
                cmd="kamaki__subcmd__help__subcmd__astakos__subcmd__project__subcmd__leave"
                ;;
            kamaki__subcmd__help__subcmd__astakos__subcmd__project,list)
                cmd="kamaki__subcmd__help__subcmd__astakos__subcmd__project__subcmd__list"
                ;;
            kamaki__subcmd__help__subcmd__astakos__subcmd__quota,list)
                cmd="kamaki__subcmd__help__subcmd__astakos__subcmd__quota__subcmd__list"
                ;;
            kamaki__subcmd__help__subcmd__astakos__subcmd__resource,list)
                cmd="kamaki__subcmd__help__subcmd__astakos__subcmd__resource__subcmd__list"
                ;;
            kamaki__subcmd__help__subcmd__astakos__subcmd__user,info)
                cmd="kamaki__subcmd__help__subcmd__astakos__subcmd__user__subcmd__info"
                ;;
            kamaki__subcmd__help__subcmd__astakos__subcmd__user,name2uuid)
                cmd="kamaki__subcmd__help__subcmd__astakos__subcmd__user__subcmd__name2uuid"
                ;;
            kamaki__subcmd__help__subcmd__astakos__subcmd__user,uuid2name)
                cmd="kamaki__subcmd__help__subcmd__astakos__subcmd__user__subcmd__uuid2name"
                ;;
            kamaki__subcmd__help__subcmd__config,edit)
                cmd="kamaki__subcmd__help__subcmd__config__subcmd__edit"
                ;;
            kamaki__subcmd__help__subcmd__config,get)
                cmd="kamaki__subcmd__help__subcmd__config__subcmd__get"
                ;;
            kamaki__subcmd__help__subcmd__config,import-kamakirc)
                cmd="kamaki__subcmd__help__subcmd__config__subcmd__import__subcmd__kamakirc"
                ;;
            kamaki__subcmd__help__subcmd__config,list)
                cmd="kamaki__subcmd__help__subcmd__config__subcmd__list"
                ;;
            kamaki__subcmd__help__subcmd__config,path)
                cmd="kamaki__subcmd__help__subcmd__config__subcmd__path"
                ;;
            kamaki__subcmd__help__subcmd__config,set)
                cmd="kamaki__subcmd__help__subcmd__config__subcmd__set"
                ;;
            kamaki__subcmd__help__subcmd__config,unset)
                cmd="kamaki__subcmd__help__subcmd__config__subcmd__unset"
                ;;
            kamaki__subcmd__help__subcmd__linstor,controller)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__controller"
                ;;
            kamaki__subcmd__help__subcmd__linstor,kv)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__kv"
                ;;
            kamaki__subcmd__help__subcmd__linstor,node)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__node"
                ;;
            kamaki__subcmd__help__subcmd__linstor,resource)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__resource"
                ;;
            kamaki__subcmd__help__subcmd__linstor,resource-definition)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__definition"
                ;;
            kamaki__subcmd__help__subcmd__linstor,resource-group)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__group"
                ;;
            kamaki__subcmd__help__subcmd__linstor,storage-pool)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__storage__subcmd__pool"
                ;;
            kamaki__subcmd__help__subcmd__linstor,volume-definition)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__volume__subcmd__definition"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__controller,list-properties)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__controller__subcmd__list__subcmd__properties"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__controller,set-property)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__controller__subcmd__set__subcmd__property"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__controller,version)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__controller__subcmd__version"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__kv,delete)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__kv__subcmd__delete"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__kv,delete-namespace)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__kv__subcmd__delete__subcmd__namespace"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__kv,get)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__kv__subcmd__get"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__kv,list)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__kv__subcmd__list"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__kv,set)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__kv__subcmd__set"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__node,create)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__node__subcmd__create"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__node,delete)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__node__subcmd__delete"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__node,info)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__node__subcmd__info"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__node,interface)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__node__subcmd__interface"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__node,list)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__node__subcmd__list"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__node,list-properties)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__node__subcmd__list__subcmd__properties"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__node,lost)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__node__subcmd__lost"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__node,reconnect)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__node__subcmd__reconnect"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__node,set-property)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__node__subcmd__set__subcmd__property"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__node__subcmd__interface,create)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__node__subcmd__interface__subcmd__create"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__node__subcmd__interface,list)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__node__subcmd__interface__subcmd__list"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__resource,activate)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__activate"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__resource,create)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__create"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__resource,deactivate)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__deactivate"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__resource,delete)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__delete"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__resource,dual-primary)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__dual__subcmd__primary"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__resource,info)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__info"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__resource,list)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__list"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__resource,make-diskful)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__make__subcmd__diskful"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__resource,make-diskless)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__make__subcmd__diskless"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__resource,place)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__place"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__resource,resize)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__resize"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__resource,toggle-disk)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__toggle__subcmd__disk"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__resource,unassign)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__unassign"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__resource,wait)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__wait"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__definition,create)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__create"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__definition,delete)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__delete"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__definition,drbd-options)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__drbd__subcmd__options"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__definition,list)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__list"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__definition,list-properties)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__list__subcmd__properties"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__definition,set-property)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__set__subcmd__property"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__group,create)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__group__subcmd__create"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__group,delete)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__group__subcmd__delete"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__group,list)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__group__subcmd__list"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__group,spawn)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__group__subcmd__spawn"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__storage__subcmd__pool,create)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__storage__subcmd__pool__subcmd__create"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__storage__subcmd__pool,delete)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__storage__subcmd__pool__subcmd__delete"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__storage__subcmd__pool,list)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__storage__subcmd__pool__subcmd__list"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__volume__subcmd__definition,create)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__volume__subcmd__definition__subcmd__create"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__volume__subcmd__definition,delete)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__volume__subcmd__definition__subcmd__delete"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__volume__subcmd__definition,list)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__volume__subcmd__definition__subcmd__list"
                ;;
            kamaki__subcmd__help__subcmd__linstor__subcmd__volume__subcmd__definition,resize)
                cmd="kamaki__subcmd__help__subcmd__linstor__subcmd__volume__subcmd__definition__subcmd__resize"
                ;;
            kamaki__subcmd__help__subcmd__sandbox,faults)
                cmd="kamaki__subcmd__help__subcmd__sandbox__subcmd__faults"
                ;;
            kamaki__subcmd__help__subcmd__sandbox,serve)
                cmd="kamaki__subcmd__help__subcmd__sandbox__subcmd__serve"
                ;;
            kamaki__subcmd__linstor,c)
                cmd="kamaki__subcmd__linstor__subcmd__controller"
                ;;
            kamaki__subcmd__linstor,controller)
                cmd="kamaki__subcmd__linstor__subcmd__controller"
                ;;
            kamaki__subcmd__linstor,help)
                cmd="kamaki__subcmd__linstor__subcmd__help"
                ;;
            kamaki__subcmd__linstor,key-value-store)
                cmd="kamaki__subcmd__linstor__subcmd__kv"
                ;;
            kamaki__subcmd__linstor,kv)
                cmd="kamaki__subcmd__linstor__subcmd__kv"
                ;;
            kamaki__subcmd__linstor,n)
                cmd="kamaki__subcmd__linstor__subcmd__node"
                ;;
            kamaki__subcmd__linstor,node)
                cmd="kamaki__subcmd__linstor__subcmd__node"
                ;;
            kamaki__subcmd__linstor,r)
                cmd="kamaki__subcmd__linstor__subcmd__resource"
                ;;
            kamaki__subcmd__linstor,rd)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__definition"
                ;;
            kamaki__subcmd__linstor,resource)
                cmd="kamaki__subcmd__linstor__subcmd__resource"
                ;;
            kamaki__subcmd__linstor,resource-definition)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__definition"
                ;;
            kamaki__subcmd__linstor,resource-group)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__group"
                ;;
            kamaki__subcmd__linstor,rg)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__group"
                ;;
            kamaki__subcmd__linstor,sp)
                cmd="kamaki__subcmd__linstor__subcmd__storage__subcmd__pool"
                ;;
            kamaki__subcmd__linstor,storage-pool)
                cmd="kamaki__subcmd__linstor__subcmd__storage__subcmd__pool"
                ;;
            kamaki__subcmd__linstor,vd)
                cmd="kamaki__subcmd__linstor__subcmd__volume__subcmd__definition"
                ;;
            kamaki__subcmd__linstor,volume-definition)
                cmd="kamaki__subcmd__linstor__subcmd__volume__subcmd__definition"
                ;;
            kamaki__subcmd__linstor__subcmd__controller,help)
                cmd="kamaki__subcmd__linstor__subcmd__controller__subcmd__help"
                ;;
            kamaki__subcmd__linstor__subcmd__controller,list-properties)
                cmd="kamaki__subcmd__linstor__subcmd__controller__subcmd__list__subcmd__properties"
                ;;
            kamaki__subcmd__linstor__subcmd__controller,lp)
                cmd="kamaki__subcmd__linstor__subcmd__controller__subcmd__list__subcmd__properties"
                ;;
            kamaki__subcmd__linstor__subcmd__controller,set-property)
                cmd="kamaki__subcmd__linstor__subcmd__controller__subcmd__set__subcmd__property"
                ;;
            kamaki__subcmd__linstor__subcmd__controller,sp)
                cmd="kamaki__subcmd__linstor__subcmd__controller__subcmd__set__subcmd__property"
                ;;
            kamaki__subcmd__linstor__subcmd__controller,v)
                cmd="kamaki__subcmd__linstor__subcmd__controller__subcmd__version"
                ;;
            kamaki__subcmd__linstor__subcmd__controller,version)
                cmd="kamaki__subcmd__linstor__subcmd__controller__subcmd__version"
                ;;
            kamaki__subcmd__linstor__subcmd__controller__subcmd__help,help)
                cmd="kamaki__subcmd__linstor__subcmd__controller__subcmd__help__subcmd__help"
                ;;
            kamaki__subcmd__linstor__subcmd__controller__subcmd__help,list-properties)
                cmd="kamaki__subcmd__linstor__subcmd__controller__subcmd__help__subcmd__list__subcmd__properties"
                ;;
            kamaki__subcmd__linstor__subcmd__controller__subcmd__help,set-property)
                cmd="kamaki__subcmd__linstor__subcmd__controller__subcmd__help__subcmd__set__subcmd__property"
                ;;
            kamaki__subcmd__linstor__subcmd__controller__subcmd__help,version)
                cmd="kamaki__subcmd__linstor__subcmd__controller__subcmd__help__subcmd__version"
                ;;
            kamaki__subcmd__linstor__subcmd__help,controller)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__controller"
                ;;
            kamaki__subcmd__linstor__subcmd__help,help)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__help"
                ;;
            kamaki__subcmd__linstor__subcmd__help,kv)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__kv"
                ;;
            kamaki__subcmd__linstor__subcmd__help,node)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__node"
                ;;
            kamaki__subcmd__linstor__subcmd__help,resource)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__resource"
                ;;
            kamaki__subcmd__linstor__subcmd__help,resource-definition)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__definition"
                ;;
            kamaki__subcmd__linstor__subcmd__help,resource-group)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__group"
                ;;
            kamaki__subcmd__linstor__subcmd__help,storage-pool)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__storage__subcmd__pool"
                ;;
            kamaki__subcmd__linstor__subcmd__help,volume-definition)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__volume__subcmd__definition"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__controller,list-properties)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__controller__subcmd__list__subcmd__properties"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__controller,set-property)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__controller__subcmd__set__subcmd__property"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__controller,version)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__controller__subcmd__version"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__kv,delete)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__kv__subcmd__delete"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__kv,delete-namespace)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__kv__subcmd__delete__subcmd__namespace"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__kv,get)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__kv__subcmd__get"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__kv,list)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__kv__subcmd__list"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__kv,set)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__kv__subcmd__set"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__node,create)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__node__subcmd__create"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__node,delete)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__node__subcmd__delete"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__node,info)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__node__subcmd__info"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__node,interface)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__node__subcmd__interface"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__node,list)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__node__subcmd__list"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__node,list-properties)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__node__subcmd__list__subcmd__properties"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__node,lost)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__node__subcmd__lost"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__node,reconnect)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__node__subcmd__reconnect"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__node,set-property)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__node__subcmd__set__subcmd__property"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__node__subcmd__interface,create)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__node__subcmd__interface__subcmd__create"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__node__subcmd__interface,list)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__node__subcmd__interface__subcmd__list"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__resource,activate)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__activate"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__resource,create)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__create"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__resource,deactivate)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__deactivate"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__resource,delete)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__delete"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__resource,dual-primary)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__dual__subcmd__primary"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__resource,info)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__info"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__resource,list)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__list"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__resource,make-diskful)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__make__subcmd__diskful"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__resource,make-diskless)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__make__subcmd__diskless"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__resource,place)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__place"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__resource,resize)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__resize"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__resource,toggle-disk)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__toggle__subcmd__disk"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__resource,unassign)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__unassign"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__resource,wait)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__wait"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__definition,create)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__definition__subcmd__create"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__definition,delete)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__definition__subcmd__delete"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__definition,drbd-options)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__definition__subcmd__drbd__subcmd__options"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__definition,list)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__definition__subcmd__list"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__definition,list-properties)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__definition__subcmd__list__subcmd__properties"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__definition,set-property)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__definition__subcmd__set__subcmd__property"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__group,create)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__group__subcmd__create"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__group,delete)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__group__subcmd__delete"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__group,list)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__group__subcmd__list"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__group,spawn)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__group__subcmd__spawn"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__storage__subcmd__pool,create)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__storage__subcmd__pool__subcmd__create"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__storage__subcmd__pool,delete)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__storage__subcmd__pool__subcmd__delete"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__storage__subcmd__pool,list)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__storage__subcmd__pool__subcmd__list"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__volume__subcmd__definition,create)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__volume__subcmd__definition__subcmd__create"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__volume__subcmd__definition,delete)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__volume__subcmd__definition__subcmd__delete"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__volume__subcmd__definition,list)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__volume__subcmd__definition__subcmd__list"
                ;;
            kamaki__subcmd__linstor__subcmd__help__subcmd__volume__subcmd__definition,resize)
                cmd="kamaki__subcmd__linstor__subcmd__help__subcmd__volume__subcmd__definition__subcmd__resize"
                ;;
            kamaki__subcmd__linstor__subcmd__kv,d)
                cmd="kamaki__subcmd__linstor__subcmd__kv__subcmd__delete"
                ;;
            kamaki__subcmd__linstor__subcmd__kv,delete)
                cmd="kamaki__subcmd__linstor__subcmd__kv__subcmd__delete"
                ;;
            kamaki__subcmd__linstor__subcmd__kv,delete-namespace)
                cmd="kamaki__subcmd__linstor__subcmd__kv__subcmd__delete__subcmd__namespace"
                ;;
            kamaki__subcmd__linstor__subcmd__kv,get)
                cmd="kamaki__subcmd__linstor__subcmd__kv__subcmd__get"
                ;;
            kamaki__subcmd__linstor__subcmd__kv,help)
                cmd="kamaki__subcmd__linstor__subcmd__kv__subcmd__help"
                ;;
            kamaki__subcmd__linstor__subcmd__kv,l)
                cmd="kamaki__subcmd__linstor__subcmd__kv__subcmd__list"
                ;;
            kamaki__subcmd__linstor__subcmd__kv,list)
                cmd="kamaki__subcmd__linstor__subcmd__kv__subcmd__list"
                ;;
            kamaki__subcmd__linstor__subcmd__kv,set)
                cmd="kamaki__subcmd__linstor__subcmd__kv__subcmd__set"
                ;;
            kamaki__subcmd__linstor__subcmd__kv__subcmd__help,delete)
                cmd="kamaki__subcmd__linstor__subcmd__kv__subcmd__help__subcmd__delete"
                ;;
            kamaki__subcmd__linstor__subcmd__kv__subcmd__help,delete-namespace)
                cmd="kamaki__subcmd__linstor__subcmd__kv__subcmd__help__subcmd__delete__subcmd__namespace"
                ;;
            kamaki__subcmd__linstor__subcmd__kv__subcmd__help,get)
                cmd="kamaki__subcmd__linstor__subcmd__kv__subcmd__help__subcmd__get"
                ;;
            kamaki__subcmd__linstor__subcmd__kv__subcmd__help,help)
                cmd="kamaki__subcmd__linstor__subcmd__kv__subcmd__help__subcmd__help"
                ;;
            kamaki__subcmd__linstor__subcmd__kv__subcmd__help,list)
                cmd="kamaki__subcmd__linstor__subcmd__kv__subcmd__help__subcmd__list"
                ;;
            kamaki__subcmd__linstor__subcmd__kv__subcmd__help,set)
                cmd="kamaki__subcmd__linstor__subcmd__kv__subcmd__help__subcmd__set"
                ;;
            kamaki__subcmd__linstor__subcmd__node,c)
                cmd="kamaki__subcmd__linstor__subcmd__node__subcmd__create"
                ;;
            kamaki__subcmd__linstor__subcmd__node,create)
                cmd="kamaki__subcmd__linstor__subcmd__node__subcmd__create"
                ;;
            kamaki__subcmd__linstor__subcmd__node,d)
                cmd="kamaki__subcmd__linstor__subcmd__node__subcmd__delete"
                ;;
            kamaki__subcmd__linstor__subcmd__node,delete)
                cmd="kamaki__subcmd__linstor__subcmd__node__subcmd__delete"
                ;;
            kamaki__subcmd__linstor__subcmd__node,help)
                cmd="kamaki__subcmd__linstor__subcmd__node__subcmd__help"
                ;;
            kamaki__subcmd__linstor__subcmd__node,i)
                cmd="kamaki__subcmd__linstor__subcmd__node__subcmd__interface"
                ;;
            kamaki__subcmd__linstor__subcmd__node,info)
                cmd="kamaki__subcmd__linstor__subcmd__node__subcmd__info"
                ;;
            kamaki__subcmd__linstor__subcmd__node,interface)
                cmd="kamaki__subcmd__linstor__subcmd__node__subcmd__interface"
                ;;
            kamaki__subcmd__linstor__subcmd__node,l)
                cmd="kamaki__subcmd__linstor__subcmd__node__subcmd__list"
                ;;
            kamaki__subcmd__linstor__subcmd__node,list)
                cmd="kamaki__subcmd__linstor__subcmd__node__subcmd__list"
                ;;
            kamaki__subcmd__linstor__subcmd__node,list-properties)
                cmd="kamaki__subcmd__linstor__subcmd__node__subcmd__list__subcmd__properties"
                ;;
            kamaki__subcmd__linstor__subcmd__node,lo)
                cmd="kamaki__subcmd__linstor__subcmd__node__subcmd__lost"
                ;;
            kamaki__subcmd__linstor__subcmd__node,lost)
                cmd="kamaki__subcmd__linstor__subcmd__node__subcmd__lost"
                ;;
            kamaki__subcmd__linstor__subcmd__node,lp)
                cmd="kamaki__subcmd__linstor__subcmd__node__subcmd__list__subcmd__properties"
                ;;
            kamaki__subcmd__linstor__subcmd__node,rc)
                cmd="kamaki__subcmd__linstor__subcmd__node__subcmd__reconnect"
                ;;
            kamaki__subcmd__linstor__subcmd__node,reconnect)
                cmd="kamaki__subcmd__linstor__subcmd__node__subcmd__reconnect"
                ;;
            kamaki__subcmd__linstor__subcmd__node,set-property)
                cmd="kamaki__subcmd__linstor__subcmd__node__subcmd__set__subcmd__property"
                ;;
            kamaki__subcmd__linstor__subcmd__node,sp)
                cmd="kamaki__subcmd__linstor__subcmd__node__subcmd__set__subcmd__property"
                ;;
            kamaki__subcmd__linstor__subcmd__node__subcmd__help,create)
                cmd="kamaki__subcmd__linstor__subcmd__node__subcmd__help__subcmd__create"
                ;;
            kamaki__subcmd__linstor__subcmd__node__subcmd__help,delete)
                cmd="kamaki__subcmd__linstor__subcmd__node__subcmd__help__subcmd__delete"
                ;;
            kamaki__subcmd__linstor__subcmd__node__subcmd__help,help)
                cmd="kamaki__subcmd__linstor__subcmd__node__subcmd__help__subcmd__help"
                ;;
            kamaki__subcmd__linstor__subcmd__node__subcmd__help,info)
                cmd="kamaki__subcmd__linstor__subcmd__node__subcmd__help__subcmd__info"
                ;;
            kamaki__subcmd__linstor__subcmd__node__subcmd__help,interface)
                cmd="kamaki__subcmd__linstor__subcmd__node__subcmd__help__subcmd__interface"
                ;;
            kamaki__subcmd__linstor__subcmd__node__subcmd__help,list)
                cmd="kamaki__subcmd__linstor__subcmd__node__subcmd__help__subcmd__list"
                ;;
            kamaki__subcmd__linstor__subcmd__node__subcmd__help,list-properties)
                cmd="kamaki__subcmd__linstor__subcmd__node__subcmd__help__subcmd__list__subcmd__properties"
                ;;
            kamaki__subcmd__linstor__subcmd__node__subcmd__help,lost)
                cmd="kamaki__subcmd__linstor__subcmd__node__subcmd__help__subcmd__lost"
                ;;
            kamaki__subcmd__linstor__subcmd__node__subcmd__help,reconnect)
                cmd="kamaki__subcmd__linstor__subcmd__node__subcmd__help__subcmd__reconnect"
                ;;
            kamaki__subcmd__linstor__subcmd__node__subcmd__help,set-property)
                cmd="kamaki__subcmd__linstor__subcmd__node__subcmd__help__subcmd__set__subcmd__property"
                ;;
            kamaki__subcmd__linstor__subcmd__node__subcmd__help__subcmd__interface,create)
                cmd="kamaki__subcmd__linstor__subcmd__node__subcmd__help__subcmd__interface__subcmd__create"
                ;;
            kamaki__subcmd__linstor__subcmd__node__subcmd__help__subcmd__interface,list)
                cmd="kamaki__subcmd__linstor__subcmd__node__subcmd__help__subcmd__interface__subcmd__list"
                ;;
            kamaki__subcmd__linstor__subcmd__node__subcmd__interface,c)
                cmd="kamaki__subcmd__linstor__subcmd__node__subcmd__interface__subcmd__create"
                ;;
            kamaki__subcmd__linstor__subcmd__node__subcmd__interface,create)
                cmd="kamaki__subcmd__linstor__subcmd__node__subcmd__interface__subcmd__create"
                ;;
            kamaki__subcmd__linstor__subcmd__node__subcmd__interface,help)
                cmd="kamaki__subcmd__linstor__subcmd__node__subcmd__interface__subcmd__help"
                ;;
            kamaki__subcmd__linstor__subcmd__node__subcmd__interface,l)
                cmd="kamaki__subcmd__linstor__subcmd__node__subcmd__interface__subcmd__list"
                ;;
            kamaki__subcmd__linstor__subcmd__node__subcmd__interface,list)
                cmd="kamaki__subcmd__linstor__subcmd__node__subcmd__interface__subcmd__list"
                ;;
            kamaki__subcmd__linstor__subcmd__node__subcmd__interface__subcmd__help,create)
                cmd="kamaki__subcmd__linstor__subcmd__node__subcmd__interface__subcmd__help__subcmd__create"
                ;;
            kamaki__subcmd__linstor__subcmd__node__subcmd__interface__subcmd__help,help)
                cmd="kamaki__subcmd__linstor__subcmd__node__subcmd__interface__subcmd__help__subcmd__help"
                ;;
            kamaki__subcmd__linstor__subcmd__node__subcmd__interface__subcmd__help,list)
                cmd="kamaki__subcmd__linstor__subcmd__node__subcmd__interface__subcmd__help__subcmd__list"
                ;;
            kamaki__subcmd__linstor__subcmd__resource,act)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__activate"
                ;;
            kamaki__subcmd__linstor__subcmd__resource,activate)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__activate"
                ;;
            kamaki__subcmd__linstor__subcmd__resource,c)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__create"
                ;;
            kamaki__subcmd__linstor__subcmd__resource,create)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__create"
                ;;
            kamaki__subcmd__linstor__subcmd__resource,d)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__delete"
                ;;
            kamaki__subcmd__linstor__subcmd__resource,deact)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__deactivate"
                ;;
            kamaki__subcmd__linstor__subcmd__resource,deactivate)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__deactivate"
                ;;
            kamaki__subcmd__linstor__subcmd__resource,delete)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__delete"
                ;;
            kamaki__subcmd__linstor__subcmd__resource,dual-primary)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__dual__subcmd__primary"
                ;;
            kamaki__subcmd__linstor__subcmd__resource,help)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__help"
                ;;
            kamaki__subcmd__linstor__subcmd__resource,info)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__info"
                ;;
            kamaki__subcmd__linstor__subcmd__resource,l)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__list"
                ;;
            kamaki__subcmd__linstor__subcmd__resource,list)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__list"
                ;;
            kamaki__subcmd__linstor__subcmd__resource,make-diskful)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__make__subcmd__diskful"
                ;;
            kamaki__subcmd__linstor__subcmd__resource,make-diskless)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__make__subcmd__diskless"
                ;;
            kamaki__subcmd__linstor__subcmd__resource,place)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__place"
                ;;
            kamaki__subcmd__linstor__subcmd__resource,resize)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__resize"
                ;;
            kamaki__subcmd__linstor__subcmd__resource,td)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__toggle__subcmd__disk"
                ;;
            kamaki__subcmd__linstor__subcmd__resource,toggle-disk)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__toggle__subcmd__disk"
                ;;
            kamaki__subcmd__linstor__subcmd__resource,unassign)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__unassign"
                ;;
            kamaki__subcmd__linstor__subcmd__resource,wait)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__wait"
                ;;
            kamaki__subcmd__linstor__subcmd__resource__subcmd__definition,c)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__create"
                ;;
            kamaki__subcmd__linstor__subcmd__resource__subcmd__definition,create)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__create"
                ;;
            kamaki__subcmd__linstor__subcmd__resource__subcmd__definition,d)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__delete"
                ;;
            kamaki__subcmd__linstor__subcmd__resource__subcmd__definition,delete)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__delete"
                ;;
            kamaki__subcmd__linstor__subcmd__resource__subcmd__definition,drbd-options)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__drbd__subcmd__options"
                ;;
            kamaki__subcmd__linstor__subcmd__resource__subcmd__definition,help)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__help"
                ;;
            kamaki__subcmd__linstor__subcmd__resource__subcmd__definition,l)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__list"
                ;;
            kamaki__subcmd__linstor__subcmd__resource__subcmd__definition,list)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__list"
                ;;
            kamaki__subcmd__linstor__subcmd__resource__subcmd__definition,list-properties)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__list__subcmd__properties"
                ;;
            kamaki__subcmd__linstor__subcmd__resource__subcmd__definition,lp)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__list__subcmd__properties"
                ;;
            kamaki__subcmd__linstor__subcmd__resource__subcmd__definition,opt)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__drbd__subcmd__options"
                ;;
            kamaki__subcmd__linstor__subcmd__resource__subcmd__definition,set-property)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__set__subcmd__property"
                ;;
            kamaki__subcmd__linstor__subcmd__resource__subcmd__definition,sp)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__set__subcmd__property"
                ;;
            kamaki__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__help,create)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__help__subcmd__create"
                ;;
            kamaki__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__help,delete)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__help__subcmd__delete"
                ;;
            kamaki__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__help,drbd-options)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__help__subcmd__drbd__subcmd__options"
                ;;
            kamaki__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__help,help)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__help__subcmd__help"
                ;;
            kamaki__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__help,list)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__help__subcmd__list"
                ;;
            kamaki__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__help,list-properties)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__help__subcmd__list__subcmd__properties"
                ;;
            kamaki__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__help,set-property)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__help__subcmd__set__subcmd__property"
                ;;
            kamaki__subcmd__linstor__subcmd__resource__subcmd__group,c)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__group__subcmd__create"
                ;;
            kamaki__subcmd__linstor__subcmd__resource__subcmd__group,create)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__group__subcmd__create"
                ;;
            kamaki__subcmd__linstor__subcmd__resource__subcmd__group,d)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__group__subcmd__delete"
                ;;
            kamaki__subcmd__linstor__subcmd__resource__subcmd__group,delete)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__group__subcmd__delete"
                ;;
            kamaki__subcmd__linstor__subcmd__resource__subcmd__group,help)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__group__subcmd__help"
                ;;
            kamaki__subcmd__linstor__subcmd__resource__subcmd__group,l)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__group__subcmd__list"
                ;;
            kamaki__subcmd__linstor__subcmd__resource__subcmd__group,list)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__group__subcmd__list"
                ;;
            kamaki__subcmd__linstor__subcmd__resource__subcmd__group,spawn)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__group__subcmd__spawn"
                ;;
            kamaki__subcmd__linstor__subcmd__resource__subcmd__group,spawn-resources)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__group__subcmd__spawn"
                ;;
            kamaki__subcmd__linstor__subcmd__resource__subcmd__group__subcmd__help,create)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__group__subcmd__help__subcmd__create"
                ;;
            kamaki__subcmd__linstor__subcmd__resource__subcmd__group__subcmd__help,delete)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__group__subcmd__help__subcmd__delete"
                ;;
            kamaki__subcmd__linstor__subcmd__resource__subcmd__group__subcmd__help,help)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__group__subcmd__help__subcmd__help"
                ;;
            kamaki__subcmd__linstor__subcmd__resource__subcmd__group__subcmd__help,list)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__group__subcmd__help__subcmd__list"
                ;;
            kamaki__subcmd__linstor__subcmd__resource__subcmd__group__subcmd__help,spawn)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__group__subcmd__help__subcmd__spawn"
                ;;
            kamaki__subcmd__linstor__subcmd__resource__subcmd__help,activate)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__help__subcmd__activate"
                ;;
            kamaki__subcmd__linstor__subcmd__resource__subcmd__help,create)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__help__subcmd__create"
                ;;
            kamaki__subcmd__linstor__subcmd__resource__subcmd__help,deactivate)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__help__subcmd__deactivate"
                ;;
            kamaki__subcmd__linstor__subcmd__resource__subcmd__help,delete)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__help__subcmd__delete"
                ;;
            kamaki__subcmd__linstor__subcmd__resource__subcmd__help,dual-primary)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__help__subcmd__dual__subcmd__primary"
                ;;
            kamaki__subcmd__linstor__subcmd__resource__subcmd__help,help)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__help__subcmd__help"
                ;;
            kamaki__subcmd__linstor__subcmd__resource__subcmd__help,info)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__help__subcmd__info"
                ;;
            kamaki__subcmd__linstor__subcmd__resource__subcmd__help,list)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__help__subcmd__list"
                ;;
            kamaki__subcmd__linstor__subcmd__resource__subcmd__help,make-diskful)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__help__subcmd__make__subcmd__diskful"
                ;;
            kamaki__subcmd__linstor__subcmd__resource__subcmd__help,make-diskless)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__help__subcmd__make__subcmd__diskless"
                ;;
            kamaki__subcmd__linstor__subcmd__resource__subcmd__help,place)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__help__subcmd__place"
                ;;
            kamaki__subcmd__linstor__subcmd__resource__subcmd__help,resize)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__help__subcmd__resize"
                ;;
            kamaki__subcmd__linstor__subcmd__resource__subcmd__help,toggle-disk)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__help__subcmd__toggle__subcmd__disk"
                ;;
            kamaki__subcmd__linstor__subcmd__resource__subcmd__help,unassign)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__help__subcmd__unassign"
                ;;
            kamaki__subcmd__linstor__subcmd__resource__subcmd__help,wait)
                cmd="kamaki__subcmd__linstor__subcmd__resource__subcmd__help__subcmd__wait"
                ;;
            kamaki__subcmd__linstor__subcmd__storage__subcmd__pool,c)
                cmd="kamaki__subcmd__linstor__subcmd__storage__subcmd__pool__subcmd__create"
                ;;
            kamaki__subcmd__linstor__subcmd__storage__subcmd__pool,create)
                cmd="kamaki__subcmd__linstor__subcmd__storage__subcmd__pool__subcmd__create"
                ;;
            kamaki__subcmd__linstor__subcmd__storage__subcmd__pool,d)
                cmd="kamaki__subcmd__linstor__subcmd__storage__subcmd__pool__subcmd__delete"
                ;;
            kamaki__subcmd__linstor__subcmd__storage__subcmd__pool,delete)
                cmd="kamaki__subcmd__linstor__subcmd__storage__subcmd__pool__subcmd__delete"
                ;;
            kamaki__subcmd__linstor__subcmd__storage__subcmd__pool,help)
                cmd="kamaki__subcmd__linstor__subcmd__storage__subcmd__pool__subcmd__help"
                ;;
            kamaki__subcmd__linstor__subcmd__storage__subcmd__pool,l)
                cmd="kamaki__subcmd__linstor__subcmd__storage__subcmd__pool__subcmd__list"
                ;;
            kamaki__subcmd__linstor__subcmd__storage__subcmd__pool,list)
                cmd="kamaki__subcmd__linstor__subcmd__storage__subcmd__pool__subcmd__list"
                ;;
            kamaki__subcmd__linstor__subcmd__storage__subcmd__pool__subcmd__help,create)
                cmd="kamaki__subcmd__linstor__subcmd__storage__subcmd__pool__subcmd__help__subcmd__create"
                ;;
            kamaki__subcmd__linstor__subcmd__storage__subcmd__pool__subcmd__help,delete)
                cmd="kamaki__subcmd__linstor__subcmd__storage__subcmd__pool__subcmd__help__subcmd__delete"
                ;;
            kamaki__subcmd__linstor__subcmd__storage__subcmd__pool__subcmd__help,help)
                cmd="kamaki__subcmd__linstor__subcmd__storage__subcmd__pool__subcmd__help__subcmd__help"
                ;;
            kamaki__subcmd__linstor__subcmd__storage__subcmd__pool__subcmd__help,list)
                cmd="kamaki__subcmd__linstor__subcmd__storage__subcmd__pool__subcmd__help__subcmd__list"
                ;;
            kamaki__subcmd__linstor__subcmd__volume__subcmd__definition,c)
                cmd="kamaki__subcmd__linstor__subcmd__volume__subcmd__definition__subcmd__create"
                ;;
            kamaki__subcmd__linstor__subcmd__volume__subcmd__definition,create)
                cmd="kamaki__subcmd__linstor__subcmd__volume__subcmd__definition__subcmd__create"
                ;;
            kamaki__subcmd__linstor__subcmd__volume__subcmd__definition,d)
                cmd="kamaki__subcmd__linstor__subcmd__volume__subcmd__definition__subcmd__delete"
                ;;
            kamaki__subcmd__linstor__subcmd__volume__subcmd__definition,delete)
                cmd="kamaki__subcmd__linstor__subcmd__volume__subcmd__definition__subcmd__delete"
                ;;
            kamaki__subcmd__linstor__subcmd__volume__subcmd__definition,help)
                cmd="kamaki__subcmd__linstor__subcmd__volume__subcmd__definition__subcmd__help"
                ;;
            kamaki__subcmd__linstor__subcmd__volume__subcmd__definition,l)
                cmd="kamaki__subcmd__linstor__subcmd__volume__subcmd__definition__subcmd__list"
                ;;
            kamaki__subcmd__linstor__subcmd__volume__subcmd__definition,list)
                cmd="kamaki__subcmd__linstor__subcmd__volume__subcmd__definition__subcmd__list"
                ;;
            kamaki__subcmd__linstor__subcmd__volume__subcmd__definition,resize)
                cmd="kamaki__subcmd__linstor__subcmd__volume__subcmd__definition__subcmd__resize"
                ;;
            kamaki__subcmd__linstor__subcmd__volume__subcmd__definition,set-size)
                cmd="kamaki__subcmd__linstor__subcmd__volume__subcmd__definition__subcmd__resize"
                ;;
            kamaki__subcmd__linstor__subcmd__volume__subcmd__definition__subcmd__help,create)
                cmd="kamaki__subcmd__linstor__subcmd__volume__subcmd__definition__subcmd__help__subcmd__create"
                ;;
            kamaki__subcmd__linstor__subcmd__volume__subcmd__definition__subcmd__help,delete)
                cmd="kamaki__subcmd__linstor__subcmd__volume__subcmd__definition__subcmd__help__subcmd__delete"
                ;;
            kamaki__subcmd__linstor__subcmd__volume__subcmd__definition__subcmd__help,help)
                cmd="kamaki__subcmd__linstor__subcmd__volume__subcmd__definition__subcmd__help__subcmd__help"
                ;;
            kamaki__subcmd__linstor__subcmd__volume__subcmd__definition__subcmd__help,list)
                cmd="kamaki__subcmd__linstor__subcmd__volume__subcmd__definition__subcmd__help__subcmd__list"
                ;;
            kamaki__subcmd__linstor__subcmd__volume__subcmd__definition__subcmd__help,resize)
                cmd="kamaki__subcmd__linstor__subcmd__volume__subcmd__definition__subcmd__help__subcmd__resize"
                ;;
            kamaki__subcmd__sandbox,faults)
                cmd="kamaki__subcmd__sandbox__subcmd__faults"
                ;;
            kamaki__subcmd__sandbox,help)
                cmd="kamaki__subcmd__sandbox__subcmd__help"
                ;;
            kamaki__subcmd__sandbox,serve)
                cmd="kamaki__subcmd__sandbox__subcmd__serve"
                ;;
            kamaki__subcmd__sandbox__subcmd__help,faults)
                cmd="kamaki__subcmd__sandbox__subcmd__help__subcmd__faults"
                ;;
            kamaki__subcmd__sandbox__subcmd__help,help)
                cmd="kamaki__subcmd__sandbox__subcmd__help__subcmd__help"
                ;;
            kamaki__subcmd__sandbox__subcmd__help,serve)
                cmd="kamaki__subcmd__sandbox__subcmd__help__subcmd__serve"
                ;;
            *)
                ;;
        esac
    done

    case "${cmd}" in
        kamaki)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version astakos config completions sandbox linstor help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 1 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version authenticate user quota resource project membership help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__authenticate)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__help)
            opts="authenticate user quota resource project membership help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__help__subcmd__authenticate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__help__subcmd__membership)
            opts="list"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__help__subcmd__membership__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__help__subcmd__project)
            opts="list info join leave"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__help__subcmd__project__subcmd__info)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__help__subcmd__project__subcmd__join)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__help__subcmd__project__subcmd__leave)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__help__subcmd__project__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__help__subcmd__quota)
            opts="list"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__help__subcmd__quota__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__help__subcmd__resource)
            opts="list"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__help__subcmd__resource__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__help__subcmd__user)
            opts="info uuid2name name2uuid"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__help__subcmd__user__subcmd__info)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__help__subcmd__user__subcmd__name2uuid)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__help__subcmd__user__subcmd__uuid2name)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__membership)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version list help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__membership__subcmd__help)
            opts="list help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__membership__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__membership__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__membership__subcmd__list)
            opts="-o -v -q -h -V --project --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --project)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__project)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version list info join leave help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__project__subcmd__help)
            opts="list info join leave help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__project__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__project__subcmd__help__subcmd__info)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__project__subcmd__help__subcmd__join)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__project__subcmd__help__subcmd__leave)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__project__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__project__subcmd__info)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__project__subcmd__join)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__project__subcmd__leave)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__project__subcmd__list)
            opts="-l -o -v -q -h -V --long --mine --name --state --owner --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --owner)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__quota)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version list help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__quota__subcmd__help)
            opts="list help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__quota__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__quota__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__quota__subcmd__list)
            opts="-o -v -q -h -V --project --resource --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --project)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__resource)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version list help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__resource__subcmd__help)
            opts="list help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__resource__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__resource__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__resource__subcmd__list)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__user)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version info uuid2name name2uuid help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__user__subcmd__help)
            opts="info uuid2name name2uuid help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__user__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__user__subcmd__help__subcmd__info)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__user__subcmd__help__subcmd__name2uuid)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__user__subcmd__help__subcmd__uuid2name)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__user__subcmd__info)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__user__subcmd__name2uuid)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__astakos__subcmd__user__subcmd__uuid2name)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__completions)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version bash elvish fish powershell zsh"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__config)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version list get set unset path edit import-kamakirc help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__config__subcmd__edit)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__config__subcmd__get)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__config__subcmd__help)
            opts="list get set unset path edit import-kamakirc help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__config__subcmd__help__subcmd__edit)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__config__subcmd__help__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__config__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__config__subcmd__help__subcmd__import__subcmd__kamakirc)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__config__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__config__subcmd__help__subcmd__path)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__config__subcmd__help__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__config__subcmd__help__subcmd__unset)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__config__subcmd__import__subcmd__kamakirc)
            opts="-o -v -q -h -V --replace --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__config__subcmd__list)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__config__subcmd__path)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__config__subcmd__set)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__config__subcmd__unset)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help)
            opts="astakos config completions sandbox linstor help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__astakos)
            opts="authenticate user quota resource project membership"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__astakos__subcmd__authenticate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__astakos__subcmd__membership)
            opts="list"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__astakos__subcmd__membership__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__astakos__subcmd__project)
            opts="list info join leave"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__astakos__subcmd__project__subcmd__info)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__astakos__subcmd__project__subcmd__join)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__astakos__subcmd__project__subcmd__leave)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__astakos__subcmd__project__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__astakos__subcmd__quota)
            opts="list"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__astakos__subcmd__quota__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__astakos__subcmd__resource)
            opts="list"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__astakos__subcmd__resource__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__astakos__subcmd__user)
            opts="info uuid2name name2uuid"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__astakos__subcmd__user__subcmd__info)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__astakos__subcmd__user__subcmd__name2uuid)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__astakos__subcmd__user__subcmd__uuid2name)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__completions)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__config)
            opts="list get set unset path edit import-kamakirc"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__config__subcmd__edit)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__config__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__config__subcmd__import__subcmd__kamakirc)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__config__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__config__subcmd__path)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__config__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__config__subcmd__unset)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor)
            opts="controller node storage-pool resource-group resource-definition volume-definition resource kv"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__controller)
            opts="version list-properties set-property"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__controller__subcmd__list__subcmd__properties)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__controller__subcmd__set__subcmd__property)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__controller__subcmd__version)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__kv)
            opts="list get set delete delete-namespace"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__kv__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__kv__subcmd__delete__subcmd__namespace)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__kv__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__kv__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__kv__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__node)
            opts="list info create delete lost reconnect set-property list-properties interface"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__node__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__node__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__node__subcmd__info)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__node__subcmd__interface)
            opts="list create"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__node__subcmd__interface__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__node__subcmd__interface__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__node__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__node__subcmd__list__subcmd__properties)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__node__subcmd__lost)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__node__subcmd__reconnect)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__node__subcmd__set__subcmd__property)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__resource)
            opts="list create delete toggle-disk place resize activate deactivate make-diskful make-diskless unassign dual-primary info wait"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__definition)
            opts="list create delete set-property list-properties drbd-options"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__drbd__subcmd__options)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__list__subcmd__properties)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__set__subcmd__property)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__group)
            opts="list create delete spawn"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__group__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__group__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__group__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__group__subcmd__spawn)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__activate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__deactivate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__dual__subcmd__primary)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__info)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__make__subcmd__diskful)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__make__subcmd__diskless)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__place)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__resize)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__toggle__subcmd__disk)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__unassign)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__resource__subcmd__wait)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__storage__subcmd__pool)
            opts="list create delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__storage__subcmd__pool__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__storage__subcmd__pool__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__storage__subcmd__pool__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__volume__subcmd__definition)
            opts="list create delete resize"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__volume__subcmd__definition__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__volume__subcmd__definition__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__volume__subcmd__definition__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__linstor__subcmd__volume__subcmd__definition__subcmd__resize)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__sandbox)
            opts="serve faults"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__sandbox__subcmd__faults)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__help__subcmd__sandbox__subcmd__serve)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version controller c node n storage-pool sp resource-group rg resource-definition rd volume-definition vd resource r kv key-value-store help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__controller)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version version v list-properties lp set-property sp help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__controller__subcmd__help)
            opts="version list-properties set-property help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__controller__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__controller__subcmd__help__subcmd__list__subcmd__properties)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__controller__subcmd__help__subcmd__set__subcmd__property)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__controller__subcmd__help__subcmd__version)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__controller__subcmd__list__subcmd__properties)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__controller__subcmd__set__subcmd__property)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__controller__subcmd__version)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help)
            opts="controller node storage-pool resource-group resource-definition volume-definition resource kv help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__controller)
            opts="version list-properties set-property"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__controller__subcmd__list__subcmd__properties)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__controller__subcmd__set__subcmd__property)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__controller__subcmd__version)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__kv)
            opts="list get set delete delete-namespace"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__kv__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__kv__subcmd__delete__subcmd__namespace)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__kv__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__kv__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__kv__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__node)
            opts="list info create delete lost reconnect set-property list-properties interface"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__node__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__node__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__node__subcmd__info)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__node__subcmd__interface)
            opts="list create"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__node__subcmd__interface__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__node__subcmd__interface__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__node__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__node__subcmd__list__subcmd__properties)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__node__subcmd__lost)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__node__subcmd__reconnect)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__node__subcmd__set__subcmd__property)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__resource)
            opts="list create delete toggle-disk place resize activate deactivate make-diskful make-diskless unassign dual-primary info wait"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__definition)
            opts="list create delete set-property list-properties drbd-options"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__definition__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__definition__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__definition__subcmd__drbd__subcmd__options)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__definition__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__definition__subcmd__list__subcmd__properties)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__definition__subcmd__set__subcmd__property)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__group)
            opts="list create delete spawn"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__group__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__group__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__group__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__group__subcmd__spawn)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__activate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__deactivate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__dual__subcmd__primary)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__info)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__make__subcmd__diskful)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__make__subcmd__diskless)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__place)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__resize)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__toggle__subcmd__disk)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__unassign)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__resource__subcmd__wait)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__storage__subcmd__pool)
            opts="list create delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__storage__subcmd__pool__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__storage__subcmd__pool__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__storage__subcmd__pool__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__volume__subcmd__definition)
            opts="list create delete resize"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__volume__subcmd__definition__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__volume__subcmd__definition__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__volume__subcmd__definition__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__help__subcmd__volume__subcmd__definition__subcmd__resize)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__kv)
            opts="-o -v -q -h -V --instance --namespace --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version list l get set delete d delete-namespace help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --instance)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__kv__subcmd__delete)
            opts="-o -v -q -h -V --instance --namespace --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --instance)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__kv__subcmd__delete__subcmd__namespace)
            opts="-o -v -q -h -V --instance --namespace --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --instance)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__kv__subcmd__get)
            opts="-o -v -q -h -V --instance --namespace --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --instance)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__kv__subcmd__help)
            opts="list get set delete delete-namespace help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__kv__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__kv__subcmd__help__subcmd__delete__subcmd__namespace)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__kv__subcmd__help__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__kv__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__kv__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__kv__subcmd__help__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__kv__subcmd__list)
            opts="-o -v -q -h -V --instance --namespace --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --instance)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__kv__subcmd__set)
            opts="-o -v -q -h -V --instance --namespace --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --instance)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__node)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version list l info create c delete d lost lo reconnect rc set-property sp list-properties lp interface i help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__node__subcmd__create)
            opts="-p -o -v -q -h -V --node-type --type --port --communication-type --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --type)
                    COMPREPLY=($(compgen -W "satellite combined controller auxiliary" -- "${cur}"))
                    return 0
                    ;;
                --node-type)
                    COMPREPLY=($(compgen -W "satellite combined controller auxiliary" -- "${cur}"))
                    return 0
                    ;;
                --port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --communication-type)
                    COMPREPLY=($(compgen -W "plain ssl" -- "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__node__subcmd__delete)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__node__subcmd__help)
            opts="list info create delete lost reconnect set-property list-properties interface help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__node__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__node__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__node__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__node__subcmd__help__subcmd__info)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__node__subcmd__help__subcmd__interface)
            opts="list create"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__node__subcmd__help__subcmd__interface__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__node__subcmd__help__subcmd__interface__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__node__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__node__subcmd__help__subcmd__list__subcmd__properties)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__node__subcmd__help__subcmd__lost)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__node__subcmd__help__subcmd__reconnect)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__node__subcmd__help__subcmd__set__subcmd__property)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__node__subcmd__info)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__node__subcmd__interface)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version list l create c help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__node__subcmd__interface__subcmd__create)
            opts="-p -o -v -q -h -V --port --communication-type --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --communication-type)
                    COMPREPLY=($(compgen -W "plain ssl" -- "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__node__subcmd__interface__subcmd__help)
            opts="list create help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__node__subcmd__interface__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__node__subcmd__interface__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__node__subcmd__interface__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__node__subcmd__interface__subcmd__list)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__node__subcmd__list)
            opts="-n -l -o -v -q -h -V --nodes --long --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --nodes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__node__subcmd__list__subcmd__properties)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__node__subcmd__lost)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__node__subcmd__reconnect)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__node__subcmd__set__subcmd__property)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version list l create c delete d toggle-disk td place resize activate act deactivate deact make-diskful make-diskless unassign dual-primary info wait help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__definition)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version list l create c delete d set-property sp list-properties lp drbd-options opt help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__create)
            opts="-p -o -v -q -h -V --port --resource-group --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__delete)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__drbd__subcmd__options)
            opts="-o -v -q -h -V --allow-two-primaries --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --allow-two-primaries)
                    COMPREPLY=($(compgen -W "yes no" -- "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__help)
            opts="list create delete set-property list-properties drbd-options help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__help__subcmd__drbd__subcmd__options)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__help__subcmd__list__subcmd__properties)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__help__subcmd__set__subcmd__property)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__list)
            opts="-r -l -o -v -q -h -V --resources --long --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resources)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -r)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__list__subcmd__properties)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__definition__subcmd__set__subcmd__property)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__group)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version list l create c delete d spawn spawn-resources help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__group__subcmd__create)
            opts="-s -o -v -q -h -V --place-count --storage-pool --description --diskless-on-remaining --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --place-count)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --storage-pool)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --description)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__group__subcmd__delete)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__group__subcmd__help)
            opts="list create delete spawn help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__group__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__group__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__group__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__group__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__group__subcmd__help__subcmd__spawn)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__group__subcmd__list)
            opts="-l -o -v -q -h -V --long --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__group__subcmd__spawn)
            opts="-d -o -v -q -h -V --definitions-only --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__activate)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__create)
            opts="-s -o -v -q -h -V --storage-pool --drbd-diskless --diskless --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --storage-pool)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__deactivate)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__delete)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__dual__subcmd__primary)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version on off"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__help)
            opts="list create delete toggle-disk place resize activate deactivate make-diskful make-diskless unassign dual-primary info wait help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__help__subcmd__activate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__help__subcmd__deactivate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__help__subcmd__dual__subcmd__primary)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__help__subcmd__info)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__help__subcmd__make__subcmd__diskful)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__help__subcmd__make__subcmd__diskless)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__help__subcmd__place)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__help__subcmd__resize)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__help__subcmd__toggle__subcmd__disk)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__help__subcmd__unassign)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__help__subcmd__wait)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__info)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__list)
            opts="-r -n -l -o -v -q -h -V --resources --nodes --long --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resources)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -r)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nodes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__make__subcmd__diskful)
            opts="-s -o -v -q -h -V --storage-pool --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --storage-pool)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__make__subcmd__diskless)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__place)
            opts="-s -o -v -q -h -V --size --redundancy --storage-pool --diskless-on-remaining --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --redundancy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --storage-pool)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__resize)
            opts="-o -v -q -h -V --volume --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --volume)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__toggle__subcmd__disk)
            opts="-s -o -v -q -h -V --storage-pool --diskless --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --storage-pool)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__unassign)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__resource__subcmd__wait)
            opts="-o -v -q -h -V --node --until --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --node)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --until)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__storage__subcmd__pool)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version list l create c delete d help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__storage__subcmd__pool__subcmd__create)
            opts="-o -v -q -h -V --driver --backing --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --driver)
                    COMPREPLY=($(compgen -W "lvm lvmthin zfs zfsthin file filethin diskless" -- "${cur}"))
                    return 0
                    ;;
                --backing)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__storage__subcmd__pool__subcmd__delete)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__storage__subcmd__pool__subcmd__help)
            opts="list create delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__storage__subcmd__pool__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__storage__subcmd__pool__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__storage__subcmd__pool__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__storage__subcmd__pool__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__storage__subcmd__pool__subcmd__list)
            opts="-n -s -l -o -v -q -h -V --nodes --storage-pools --long --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --nodes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --storage-pools)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__volume__subcmd__definition)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version list l create c delete d resize set-size help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__volume__subcmd__definition__subcmd__create)
            opts="-n -s -o -v -q -h -V --volume-number --storage-pool --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --volume-number)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --storage-pool)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__volume__subcmd__definition__subcmd__delete)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__volume__subcmd__definition__subcmd__help)
            opts="list create delete resize help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__volume__subcmd__definition__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__volume__subcmd__definition__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__volume__subcmd__definition__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__volume__subcmd__definition__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__volume__subcmd__definition__subcmd__help__subcmd__resize)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__volume__subcmd__definition__subcmd__list)
            opts="-r -o -v -q -h -V --resources --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resources)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -r)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__linstor__subcmd__volume__subcmd__definition__subcmd__resize)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__sandbox)
            opts="-o -v -q -h -V --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version serve faults help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__sandbox__subcmd__faults)
            opts="-o -v -q -h -V --latency-ms --error-rate --fail-next --drop-rate --drop-next --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --latency-ms)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --error-rate)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --fail-next)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --drop-rate)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --drop-next)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__sandbox__subcmd__help)
            opts="serve faults help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__sandbox__subcmd__help__subcmd__faults)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__sandbox__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__sandbox__subcmd__help__subcmd__serve)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kamaki__subcmd__sandbox__subcmd__serve)
            opts="-o -v -q -h -V --bind --sdc-bind --linstor-bind --data --sdc-key --print-env --latency-ms --error-rate --fail-next --drop-rate --drop-next --cloud --config --output --columns --no-header --verbose --quiet --timeout --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --bind)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sdc-bind)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --linstor-bind)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sdc-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --latency-ms)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --error-rate)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --fail-next)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --drop-rate)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --drop-next)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
    esac
}

if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _kamaki -o nosort -o bashdefault -o default kamaki
else
    complete -F _kamaki -o bashdefault -o default kamaki
fi
