# unittest: main() with test names on the command line (a class, a method), defaultTest, exit=False and the result it keeps
import io
import sys
import unittest


class TestOne(unittest.TestCase):
    def test_a(self):
        pass

    def test_b(self):
        self.assertEqual('b', 'B')


class TestTwo(unittest.TestCase):
    def test_c(self):
        pass


def run(**kwargs):
    buf = io.StringIO()
    prog = unittest.main(exit=False, testRunner=unittest.TextTestRunner(stream=buf, verbosity=2), **kwargs)
    out = buf.getvalue()
    i = out.index('Ran ')
    print(out[:i] + 'Ran N tests' + out[out.index('\n', i):], end='')
    print('#', prog.result, prog.result.wasSuccessful())


run(argv=['prog', 'TestTwo'])
run(argv=['prog', 'TestOne.test_a', 'TestTwo.test_c'])
run(argv=['prog'], defaultTest='TestOne.test_b')
run(argv=['prog'], defaultTest=['TestTwo', 'TestOne.test_a'])
run(argv=['prog', '-q'])
try:
    unittest.main(argv=['prog', 'TestTwo'], testRunner=unittest.TextTestRunner(stream=io.StringIO()))
except SystemExit as e:
    print('SystemExit', e.code)
try:
    unittest.main(argv=['prog', 'TestOne'], testRunner=unittest.TextTestRunner(stream=io.StringIO()))
except SystemExit as e:
    print('SystemExit', e.code)
