# Python Tutor's SPECIAL_FLOAT: inf, -inf, nan, and 3.0 kept apart from 3
values = [float("inf"), float("-inf"), float("nan"), 3.0, 0.25, 1e16, 3]
print(values[3] == values[6])
