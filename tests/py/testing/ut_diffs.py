# unittest: assertEqual's diffs for lists, tuples, dicts and strings (ndiff with "?" lines), shortened reprs, maxDiff
import unittest


class Case(unittest.TestCase):
    def runTest(self):
        pass


t = Case()


def show(f, *args):
    try:
        f(*args)
    except AssertionError as e:
        print(str(e))
        print('-----')


show(t.assertEqual, [1, 2, 3], [1, 2, 4])
show(t.assertEqual, [1, 2, 3], [1, 2])
show(t.assertEqual, [1], [1, 2, 3])
show(t.assertEqual, (1, 'a'), (1, 'b'))
show(t.assertEqual, {'a': 1, 'b': 2}, {'a': 1, 'b': 3})
show(t.assertEqual, {'b': 1, 'a': [1, 2]}, {'a': [1, 2], 'c': 0})
show(t.assertEqual, "hello\nworld\n", "hello\nthere\n")
show(t.assertEqual, "one line", "one lime")
show(t.assertEqual, "first\nsecond\nthird", "first\nthird")
show(t.assertEqual, "abcdefghij", "totally different")
show(t.assertEqual, list(range(30)), list(range(31)))
show(t.assertEqual, ['x' * 30, 'y' * 30, 'z' * 30], ['x' * 30, 'Y' * 30, 'z' * 30])
show(t.assertEqual, {'key%d' % i: i for i in range(12)}, {'key%d' % i: i * 2 for i in range(12)})
show(t.assertEqual, [[1, 2], [3, 4]], [[1, 2], [3, 5]])
show(t.assertListEqual, [1, 'two', 3.0], [1, 'too', 3.0])
show(t.assertTupleEqual, (), (None,))
show(t.assertEqual, 'a' * 200, 'a' * 199 + 'b')
t.maxDiff = None
show(t.assertEqual, list(range(100)), list(range(1, 101)))
t.maxDiff = 20
show(t.assertEqual, [1, 2, 3], [1, 2, 4])
show(t.assertEqual, "spam\neggs\n", "spam\nham\n")
