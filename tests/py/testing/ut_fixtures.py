# unittest: the order of setUpModule, setUpClass, setUp, the test, tearDown, cleanups, tearDownClass, tearDownModule; failures in them
import io
import unittest

log = []


def setUpModule():
    log.append('setUpModule')


def tearDownModule():
    log.append('tearDownModule')


class First(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass First')
        cls.shared = [0]

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass First')

    def setUp(self):
        log.append('setUp ' + self._testMethodName)
        self.addCleanup(log.append, 'cleanup ' + self._testMethodName)

    def tearDown(self):
        log.append('tearDown ' + self._testMethodName)

    def test_a(self):
        log.append('test_a')
        self.shared.append(1)

    def test_b(self):
        log.append('test_b')
        self.assertEqual(self.shared, [0, 1, 2])


class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        raise RuntimeError('setUp broke')

    def tearDown(self):
        log.append('tearDown not run after a failed setUp')

    def test_never(self):
        log.append('never')


class BrokenTearDown(unittest.TestCase):
    def tearDown(self):
        raise OSError('tearDown broke')

    def test_runs(self):
        log.append('test_runs')


class BrokenClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise ValueError('setUpClass broke')

    def test_skipped_by_class(self):
        log.append('not run')


class BrokenCleanup(unittest.TestCase):
    def test_cleanup_fails(self):
        def bad():
            raise KeyError('cleanup')
        self.addCleanup(bad)
        self.addCleanup(log.append, 'second cleanup runs first')


if __name__ == "__main__":
    buf = io.StringIO()
    suite = unittest.defaultTestLoader.loadTestsFromModule(__import__('__main__'))
    result = unittest.TextTestRunner(stream=buf, verbosity=2).run(suite)
    out = buf.getvalue()
    print(out[:out.index('Ran ')], end='')
    print(result)
    for entry in log:
        print(entry)
