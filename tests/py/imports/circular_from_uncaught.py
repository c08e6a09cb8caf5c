# the uncaught circular-import error, with the traceback through both modules
import circ_y
