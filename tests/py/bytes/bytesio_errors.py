# what BytesIO refuses, with CPython's messages
import io
b = io.BytesIO(b'data')
for bad in [lambda: b.write('text'), lambda: b.write(5), lambda: b.seek(-1), lambda: b.seek(0, 3),
            lambda: b.seek('x'), lambda: b.read('x'), lambda: b.truncate(-1), lambda: io.BytesIO('str'),
            lambda: b.readline(1.5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
b.close()
print(b.closed)
for bad in [lambda: b.read(), lambda: b.write(b'x'), lambda: b.getvalue(), lambda: b.tell(),
            lambda: b.seek(0), lambda: b.readline(), lambda: list(b), lambda: b.readable()]:
    try:
        print(bad())
    except ValueError as e:
        print('ValueError', e)
b.close()
print('closing twice is fine')
