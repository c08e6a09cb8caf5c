# try/except/else/finally: which blocks run on success, on a handled error, and on an error no clause matches
def attempt(op):
    log = []
    try:
        try:
            log.append('try')
            if op == 'div':
                1 / 0
            elif op == 'key':
                {}['k']
            elif op == 'type':
                len(5)
            log.append('try-end')
        except ZeroDivisionError:
            log.append('except-zero')
        except KeyError as e:
            log.append('except-key ' + repr(e))
        else:
            log.append('else')
        finally:
            log.append('finally')
    except TypeError:
        log.append('outer caught TypeError')
    return log

for op in ['ok', 'div', 'key', 'type']:
    print(op.ljust(5), attempt(op))
