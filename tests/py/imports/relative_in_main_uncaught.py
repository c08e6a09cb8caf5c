# an uncaught relative import in the main script
from .simple import X
