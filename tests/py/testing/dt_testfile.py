# doctest: testfile() runs the examples of a text file (relative to this program's folder), its report and TestResults
import doctest

if __name__ == "__main__":
    print(doctest.testfile("data/dt_tutorial.txt", extraglobs={'EXTRA': 'extra glob'}))
    print(doctest.testfile("data/dt_tutorial.txt", name="tutorial", verbose=True,
                           globs={'EXTRA': 'given'}, report=True))
    print(doctest.testfile("testing/data/dt_tutorial.txt", module_relative=False, report=False,
                           extraglobs={'EXTRA': 'extra glob'}))
    for bad in [lambda: doctest.testfile("/abs/path.txt"),
                lambda: doctest.testfile("x.txt", module_relative=False, package="p")]:
        try:
            bad()
        except ValueError as e:
            print('ValueError:', e)
