# an uncaught ModuleNotFoundError, as CPython prints it
import simple
import definitely_not_a_module
