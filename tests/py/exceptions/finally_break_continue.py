# break and continue inside try, except and finally: finally still runs; break/continue in finally discard a pending exception
def loop_break():
    for i in range(5):
        try:
            if i == 2:
                break
            print('  body', i)
        finally:
            print('  finally', i)
    return i

def loop_continue():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append('f' + str(i))
    return out

def continue_in_finally():
    seen = []
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            seen.append(i)
            continue            # discards the KeyError
    return seen

def break_in_finally():
    while True:
        try:
            1 / 0
        finally:
            break
    return 'exception discarded by break'

def break_in_except():
    for word in ['1', '2', 'x', '4']:
        try:
            n = int(word)
        except ValueError:
            print('  bad word', word)
            break
        else:
            print('  good', n)
        finally:
            print('  checked', word)
    else:
        return 'no break'
    return 'broke out'

print(loop_break())
print(loop_continue())
print(continue_in_finally())
print(break_in_finally())
print(break_in_except())
