# unittest: assertRaises as a call and as a context manager (.exception), "not raised" messages, other exceptions pass through
import unittest


class Case(unittest.TestCase):
    def runTest(self):
        pass


t = Case()


def boom(x, y=0):
    if x < 0:
        raise ValueError("negative: %d" % x)
    return x + y


print(t.assertRaises(ValueError, boom, -1))
print(t.assertRaises((TypeError, ValueError), boom, -2))
print(t.assertRaises(Exception, boom, -3, y=5))

with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception, cm.exception.__traceback__)

with t.assertRaises(LookupError) as cm:
    {}['k']
print(repr(cm.exception))

for f in [lambda: t.assertRaises(ValueError, boom, 1),
          lambda: t.assertRaises(ValueError, print),
          lambda: t.assertRaises((KeyError, IndexError), boom, 2)]:
    try:
        f()
    except AssertionError as e:
        print('AssertionError:', e)

try:
    with t.assertRaises(KeyError):
        pass
except AssertionError as e:
    print('AssertionError:', e)

try:
    with t.assertRaises(KeyError, msg='my message'):
        pass
except AssertionError as e:
    print('AssertionError:', e)

try:
    with t.assertRaises(KeyError):
        raise TypeError('passes through')
except TypeError as e:
    print('TypeError:', e)

for bad in [lambda: t.assertRaises(42), lambda: t.assertRaises(ValueError, foo=1)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)


class TestInRunner(unittest.TestCase):
    def test_not_raised(self):
        with self.assertRaises(ValueError):
            boom(1)

    def test_other_raised(self):
        self.assertRaises(KeyError, boom, -7)

    def test_fine(self):
        with self.assertRaises(ValueError) as cm:
            boom(-8)
        self.assertEqual(str(cm.exception), "negative: -8")


import io
buf = io.StringIO()
r = unittest.TextTestRunner(stream=buf).run(unittest.TestLoader().loadTestsFromTestCase(TestInRunner))
out = buf.getvalue()
for line in out[:out.index('Ran ')].splitlines():
    if 'unittest' in line and line.startswith('  File'):
        line = '  File "unittest", in ' + line.split()[-1]   # CPython's frames are in unittest/case.py
    print(line)
print(r.testsRun, len(r.failures), len(r.errors))
