# Start-up: an empty program -- the time and memory of starting and
# leaving the interpreter. Prints nothing.
# bench: output not compared
