# an error inside an except block: CPython prints both tracebacks joined by "During handling of the above exception, another exception occurred"
def average(values):
    try:
        return sum(values) / len(values)
    except ZeroDivisionError:
        print('empty list, logging it')
        return log_error('average of nothing')
def log_error(msg):
    return msg + 1
print(average([1, 2, 3]))
average([])
