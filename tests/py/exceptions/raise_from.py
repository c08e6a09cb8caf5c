# raise X from Y sets __cause__ and __suppress_context__; raise from None hides the context
class ConfigError(Exception):
    pass

def read_port(cfg):
    try:
        return int(cfg['port'])
    except KeyError as e:
        raise ConfigError('port missing') from e
    except ValueError:
        raise ConfigError('port not a number') from None

for cfg in [{'port': '80'}, {}, {'port': 'eighty'}]:
    try:
        print('port', read_port(cfg))
    except ConfigError as e:
        print('ConfigError:', e)
        print('  cause:', repr(e.__cause__))
        print('  context:', repr(e.__context__))
        print('  suppress context:', e.__suppress_context__)
e = ValueError('v')
print(e.__cause__, e.__context__, e.__suppress_context__)
