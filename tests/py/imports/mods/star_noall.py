visible = 'visible'
_private = 'private'
import simple as imported_module
