# more than 15 members: the rest is "and N more exceptions"
raise ExceptionGroup("wide", [ValueError(i) for i in range(17)])
