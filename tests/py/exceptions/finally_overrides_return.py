# continue or break in a finally block cancels a pending return of the try block
def skip_first(items):
    for i in items:
        try:
            return i
        finally:
            if i == 0:
                continue
    return 'nothing returned'

def cancel_with_break():
    while True:
        try:
            return 'from try'
        finally:
            break
    return 'after the loop'

print(skip_first([0, 5, 6]))
print(skip_first([0, 0]))
print(skip_first([7]))
print(cancel_with_break())
