# tuple, list, dict and set displays with unpacking
()
(1,)
(1, 2)
1, 2
[]
[1, 2, 3]
[*a, *b]
{}
{1: 2, 'a': 'b'}
{**a, 'k': 1, **b}
{1, 2, 3}
{*a, 1}
(*a, *b)
[1, [2, [3, []]]]
{'nested': {'dict': [1, {2}]}}
...
None, True, False
