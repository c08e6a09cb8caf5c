# an exception re-raised with a bare raise keeps its original traceback and gains the re-raising frame
def parse(text):
    return int(text)
def load(text):
    try:
        return parse(text)
    except ValueError:
        print('load failed for', repr(text))
        raise
print(load('12'))
load('twelve')
