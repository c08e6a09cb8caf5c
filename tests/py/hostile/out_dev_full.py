# writing to a full device: OSError with errno 28 when the buffer is flushed (write, flush, close and print with flush=True)
f = open('/dev/full', 'w')
f.write('x' * 10)
print('write buffered')
try:
    f.flush()
except OSError as e:
    print(type(e).__name__, e.errno, e)
try:
    print('line', file=f, flush=True)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
f.write('more')
try:
    f.close()
except OSError as e:
    print('close', type(e).__name__, e)
print(f.closed)
g = open('/dev/full', 'w')
g.write('pending')
try:
    g.close()
except OSError as e:
    print('close', repr(e), 'context', repr(e.__context__), g.closed)
g.close()
print('second close is quiet')
h = open('/dev/full', 'w')
h.write('never written')
del h
print('a file freed with data pending: no report')
with open('/dev/full', 'w') as w:
    w.write('z')
