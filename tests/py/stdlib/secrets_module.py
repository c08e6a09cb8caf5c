# secrets: tokens and choices from the operating system's random source
# (random.SystemRandom over os.urandom); the values differ on every run, so
# only their shapes are printed
import secrets
import string

print(secrets.__all__)
print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), type(secrets.token_bytes(1)))
print(len(secrets.token_hex()), len(secrets.token_hex(8)), set(secrets.token_hex(64)) <= set('0123456789abcdef'))
print(len(secrets.token_urlsafe(16)), len(secrets.token_urlsafe()))
print(set(secrets.token_urlsafe(64)) <= set(string.ascii_letters + string.digits + '-_'))
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(100)), secrets.randbits(8) < 256, secrets.randbits(0))
print(secrets.choice([7]), secrets.choice('ab') in 'ab', secrets.compare_digest(b'x', b'x'), secrets.compare_digest('a', 'b'))
print(secrets.token_bytes(0), secrets.token_hex(0), repr(secrets.token_urlsafe(0)))
password = ''.join(secrets.choice(string.ascii_letters + string.digits) for _ in range(12))
print(len(password), password.isalnum())
print(isinstance(secrets.SystemRandom(), secrets.SystemRandom), secrets.DEFAULT_ENTROPY)
for bad in (lambda: secrets.randbelow(0), lambda: secrets.randbelow(-5), lambda: secrets.token_bytes(-1),
            lambda: secrets.randbits(-1), lambda: secrets.choice([])):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
