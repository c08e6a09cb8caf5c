__all__ = ['public', '_chosen']
public = 'public'
_chosen = 'chosen although private'
not_listed = 'not listed'
