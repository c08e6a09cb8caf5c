# An uncaught exception from a key function ends the program with its traceback through the key function
def parse(text):
    return int(text)


values = ["10", "9", "x8", "7"]
values.sort(key=parse)
print("not reached")
