# unittest: the message of each assert method when it fails, with and without msg=, longMessage False
import unittest


class Case(unittest.TestCase):
    def runTest(self):
        pass


class Thing:
    def __repr__(self):
        return 'Thing()'


t = Case()
checks = [
    lambda: t.assertEqual(1, 2),
    lambda: t.assertEqual(1, 2, 'custom'),
    lambda: t.assertEqual('a', 'b'),
    lambda: t.assertEqual(1.5, 'x'),
    lambda: t.assertNotEqual(3, 3),
    lambda: t.assertTrue(0),
    lambda: t.assertTrue([], 'empty list'),
    lambda: t.assertFalse('yes'),
    lambda: t.assertIs(Thing(), None),
    lambda: t.assertIsNot(None, None),
    lambda: t.assertIsNone(5),
    lambda: t.assertIsNotNone(None),
    lambda: t.assertIn(4, [1, 2, 3]),
    lambda: t.assertIn('z', 'abc'),
    lambda: t.assertNotIn(2, (1, 2)),
    lambda: t.assertIsInstance(3, str),
    lambda: t.assertIsInstance('s', (int, float)),
    lambda: t.assertNotIsInstance(3, int),
    lambda: t.assertGreater(1, 2),
    lambda: t.assertGreaterEqual(1, 2),
    lambda: t.assertLess(2, 1),
    lambda: t.assertLessEqual(2, 1),
    lambda: t.assertLess('b', 'a', 'strings'),
    lambda: t.assertSetEqual({1, 2}, {2, 3}),
    lambda: t.assertSetEqual(set(), {4}),
    lambda: t.assertEqual(frozenset([1]), frozenset()),
    lambda: t.fail(),
    lambda: t.fail('failed on purpose'),
    lambda: t.assertEqual('x' * 100, 'x' * 99 + 'y'),
    lambda: t.assertEqual(10 ** 90, 10 ** 90 + 1),
    lambda: t.assertDictEqual([], {}),
    lambda: t.assertListEqual((1,), [1]),
    lambda: t.assertMultiLineEqual(1, 'a'),
]
for check in checks:
    try:
        check()
        print('passed?')
    except AssertionError as e:
        print(repr(str(e)))

t.longMessage = False
for check in [lambda: t.assertEqual(1, 2, 'only mine'), lambda: t.assertEqual(1, 2),
              lambda: t.assertIn(1, [], 'mine again')]:
    try:
        check()
    except AssertionError as e:
        print(repr(str(e)))

for ok in [lambda: t.assertEqual([1], [1]), lambda: t.assertIs(None, None),
           lambda: t.assertIn(1, {1: 2}), lambda: t.assertIsInstance(True, int),
           lambda: t.assertEqual({'a': [1]}, {'a': [1]}), lambda: t.assertGreaterEqual(2, 2)]:
    print(ok())
