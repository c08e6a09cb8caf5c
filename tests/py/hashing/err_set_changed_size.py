# an uncaught "Set changed size during iteration" from adding inside the loop
todo = {1, 2, 3}
for item in todo:
    print(item)
    todo.add(item * 10)
