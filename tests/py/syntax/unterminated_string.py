# a string that runs to the end of its line
message = 'it's fine'
print(message)
