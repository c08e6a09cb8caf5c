# the traceback line is the line of the failing expression, even in a statement spread over several lines
total = (1 +
         2 +
         3)
print(total)
result = (total +
          'text')
