# help() with no argument: the help utility's welcome, a help> prompt that reads stdin, and goodbye
help()
print("back")
help()
print("done")
