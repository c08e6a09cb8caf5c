# unittest: assertAlmostEqual/NotAlmostEqual (places, delta) and assertCountEqual (hashable and unhashable elements) messages
import unittest


class Case(unittest.TestCase):
    def runTest(self):
        pass


t = Case()
checks = [
    lambda: t.assertAlmostEqual(1.0, 1.00000001),
    lambda: t.assertAlmostEqual(1.0, 1.1),
    lambda: t.assertAlmostEqual(1.0, 1.1, places=1),
    lambda: t.assertAlmostEqual(1.0, 1.2, places=1),
    lambda: t.assertAlmostEqual(10, 12, delta=3),
    lambda: t.assertAlmostEqual(10, 15, delta=3),
    lambda: t.assertAlmostEqual(1, 2, places=1, delta=1),
    lambda: t.assertNotAlmostEqual(1.0, 1.00000001),
    lambda: t.assertNotAlmostEqual(1.0, 1.1),
    lambda: t.assertNotAlmostEqual(10, 12, delta=3),
    lambda: t.assertNotAlmostEqual(5, 5, delta=1),
    lambda: t.assertAlmostEqual(3, 3),
    lambda: t.assertCountEqual([1, 2, 3], [3, 2, 1]),
    lambda: t.assertCountEqual([1, 1, 2], [1, 2, 2]),
    lambda: t.assertCountEqual('aab', 'abc'),
    lambda: t.assertCountEqual([[1], [2]], [[2], [1]]),
    lambda: t.assertCountEqual([[1], [1], {}], [[1], {}, {}]),
    lambda: t.assertCountEqual([], [None]),
    lambda: t.assertCountEqual([1, 2], [1, 2, 3], 'extra'),
]
for check in checks:
    try:
        print('ok', check())
    except AssertionError as e:
        print('AssertionError:', e)
    except TypeError as e:
        print('TypeError:', e)
