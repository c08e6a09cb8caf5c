# __exit__ returning None does not suppress: the exception continues after __exit__ ran, with the with-body's frame in the traceback
class Resource:
    def __enter__(self):
        print('acquire')
        return self
    def __exit__(self, *exc):
        print('release', exc[0].__name__)
def use():
    with Resource() as r:
        print('using')
        return {}['missing']
use()
