-- fib.py's twin for Lua 5.4: the same recursive calls, the same results
local function fib(n)
  if n < 2 then return n end
  return fib(n - 1) + fib(n - 2)
end

local function tak(x, y, z)
  if y < x then
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
  end
  return z
end

print(fib(33) .. " " .. tak(24, 16, 8))
