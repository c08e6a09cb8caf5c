# a module that annotates nothing
x = 1
