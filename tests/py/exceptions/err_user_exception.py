# an uncaught user exception: the last line is "ClassName: message" (no module prefix for __main__)
class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(field + ': ' + problem)
        self.field = field
def validate(record):
    if 'name' not in record:
        raise ValidationError('name', 'is required')
    return True
print(validate({'name': 'x'}))
validate({'age': 3})
