# del of a local that was never assigned is an UnboundLocalError
def cleanup(flag):
    if flag:
        temp = [1, 2]
    del temp
    return 'cleaned'
print(cleanup(True))
cleanup(False)
