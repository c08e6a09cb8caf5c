# the traceback of an exception raised while a module executes goes through the module's lines
import simple
import raises_on_import
