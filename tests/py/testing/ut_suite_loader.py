# unittest: TestSuite, TestLoader (names, module, names on a string), ids, str/repr of cases and suites, shortDescription
import unittest


class TestB(unittest.TestCase):
    def test_z(self):
        pass

    def test_a(self):
        """First line of the doc.
        Second line."""

    def helper(self):
        pass

    test_not_callable = 3


class TestA(unittest.TestCase):
    def runTest(self):
        pass


class TestEmpty(unittest.TestCase):
    pass


loader = unittest.TestLoader()
print(loader.getTestCaseNames(TestB))
suite = loader.loadTestsFromTestCase(TestB)
print(suite.countTestCases(), [t.id() for t in suite])
print(repr(suite))
print(list(loader.loadTestsFromTestCase(TestA)), list(loader.loadTestsFromTestCase(TestEmpty)))
case = TestB('test_a')
print(str(case), repr(case), case.id(), repr(case.shortDescription()))
print(repr(TestB('test_z').shortDescription()))
print(case == TestB('test_a'), case == TestB('test_z'))

module_suite = loader.loadTestsFromModule(__import__('__main__'))
print(module_suite.countTestCases())
for s in module_suite:
    print(' ', [t.id() for t in s])

print(loader.loadTestsFromName('TestB.test_z', __import__('__main__')))
print(loader.loadTestsFromNames(['TestA', 'TestB.test_a'], __import__('__main__')).countTestCases())

s = unittest.TestSuite()
s.addTest(TestB('test_z'))
s.addTests([TestB('test_a'), unittest.TestSuite([TestA()])])
print(s.countTestCases(), len(list(s)))
for bad in [lambda: s.addTest(5), lambda: s.addTest(TestB), lambda: s.addTests('abc'),
            lambda: TestB('test_missing'), lambda: loader.loadTestsFromTestCase(unittest.TestSuite)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
result = unittest.TestResult()
s.run(result)
print(result, result.testsRun, result.wasSuccessful())
print(unittest.TestCase.failureException, unittest.TestCase.maxDiff, unittest.TestCase.longMessage)
