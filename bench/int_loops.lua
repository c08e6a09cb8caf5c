-- int_loops.py's twin for Lua 5.4: the same loops (integers, not floats:
-- // and the integer for-loop), printed as Python prints its tuples
local function collatz_longest(limit)
  local best, best_n = 0, 0
  local n = 1
  while n < limit do
    local x, steps = n, 0
    while x ~= 1 do
      if x & 1 == 1 then x = 3 * x + 1 else x = x >> 1 end
      steps = steps + 1
    end
    if steps > best then best, best_n = steps, n end
    n = n + 1
  end
  return best_n, best
end

local function sieve(limit)
  local flags = {}
  for k = 0, limit do flags[k] = true end
  flags[0], flags[1] = false, false
  local i = 2
  while i * i <= limit do
    if flags[i] then
      local j = i * i
      while j <= limit do flags[j] = false; j = j + i end
    end
    i = i + 1
  end
  local count, total = 0, 0
  for k = 0, limit do
    if flags[k] then count = count + 1; total = total + k end
  end
  return count, total % 1000000007
end

local function gcd_sum(n)
  local s = 0
  for a = 1, n - 1 do
    local b = n * 7 + 3
    local x = a * 31 + 17
    while b ~= 0 do x, b = b, x % b end
    s = s + x
  end
  return s
end

local a, b = collatz_longest(80000)
print("(" .. a .. ", " .. b .. ")")
a, b = sieve(1000000)
print("(" .. a .. ", " .. b .. ")")
print(gcd_sum(200000))
