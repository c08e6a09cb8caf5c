# an uncaught exception whose __str__ is overridden: the last line uses it
class HttpError(Exception):
    def __init__(self, code):
        self.code = code
    def __str__(self):
        return 'HTTP ' + str(self.code)
raise HttpError(404)
