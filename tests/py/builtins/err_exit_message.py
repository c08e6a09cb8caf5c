# exit("text") uncaught: the text goes to stderr and the exit status is 1
print("before")
exit("leaving with a message")
print("not reached")
