# an ordinary program: an exception-heavy validator of records read from stdin, with an exception hierarchy, raise from, finally, a context manager and a summary
class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(f'{field}: {message}')
        self.field = field

class MissingField(ValidationError):
    def __init__(self, field):
        super().__init__(field, 'is required')

class BadValue(ValidationError):
    pass

class RecordError(Exception):
    pass

class Section:
    def __init__(self, title, stats):
        self.title = title
        self.stats = stats
    def __enter__(self):
        print(f'--- {self.title} ---')
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is RecordError:
            self.stats['rejected'] += 1
            print(f'  rejected: {exc}')
            cause = exc.__cause__
            if cause is not None:
                print(f'  because {type(cause).__name__}: {cause}')
            return True
        self.stats['accepted'] += 1
        return False

def parse_line(line):
    fields = {}
    for part in line.split(';'):
        if not part.strip():
            continue
        if '=' not in part:
            raise ValueError(f'no "=" in {part.strip()!r}')
        key, value = part.split('=', 1)
        key = key.strip()
        if key in fields:
            raise ValueError(f'duplicate field {key!r}')
        fields[key] = value.strip()
    return fields

def require(fields, name):
    try:
        return fields[name]
    except KeyError:
        raise MissingField(name) from None

def check_age(text):
    try:
        age = int(text)
    except ValueError as e:
        raise BadValue('age', f'not a whole number: {text!r}') from e
    if not 0 <= age <= 150:
        raise BadValue('age', f'out of range: {age}')
    return age

def check_email(text):
    user, sep, domain = text.partition('@')
    if not sep or not user or '.' not in domain:
        raise BadValue('email', f'malformed: {text!r}')
    return text.lower()

def check_score(text):
    score = float(text)
    if score != score or score in (float('inf'), float('-inf')):
        raise BadValue('score', 'must be finite')
    return round(score, 1)

def validate(line):
    try:
        fields = parse_line(line)
        record = {'name': require(fields, 'name').title(),
                  'age': check_age(require(fields, 'age')),
                  'email': check_email(require(fields, 'email'))}
        if 'score' in fields:
            record['score'] = check_score(fields['score'])
        return record
    except ValidationError as e:
        raise RecordError(f'invalid field {e.field!r}') from e
    except ValueError as e:
        raise RecordError('unreadable line') from e

stats = {'accepted': 0, 'rejected': 0, 'lines': 0}
good = []
number = 0
while True:
    try:
        line = input()
    except EOFError:
        print('(end of input)')
        break
    number += 1
    try:
        if not line.strip() or line.lstrip().startswith('#'):
            continue
        stats['lines'] += 1
        with Section(f'line {number}', stats):
            record = validate(line)
            good.append(record)
            print('  ok:', record)
    finally:
        if number % 4 == 0:
            print(f'  [{number} lines read]')

print(stats)
by_age = sorted(good, key=lambda r: (r['age'], r['name']))
for r in by_age:
    print(f"{r['name']:<10}{r['age']:>4}  {r['email']:<22}{r.get('score', '-')}")
scores = [r['score'] for r in good if 'score' in r]
print('mean score:', round(sum(scores) / len(scores), 2) if scores else None)
