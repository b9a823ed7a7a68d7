# prep rate-limit: SPEC.md §2 rate-limit, §1 conventions (a streaming command).

=== token-bucket: four at once, N=2 W=10
$ rate-limit --limit 2 --window 10
< 0
< 0
< 0
< 0
> 0 - allow
> 0 - allow
> 0 - deny
> 0 - deny

=== fixed-window: four at once
$ rate-limit --algorithm fixed-window --limit 2 --window 10
< 0
< 0
< 0
< 0
> 0 - allow
> 0 - allow
> 0 - deny
> 0 - deny

=== sliding-log: four at once
$ rate-limit --algorithm sliding-log --limit 2 --window 10
< 0
< 0
< 0
< 0
> 0 - allow
> 0 - allow
> 0 - deny
> 0 - deny

=== sliding-window: four at once
$ rate-limit --algorithm sliding-window --limit 2 --window 10
< 0
< 0
< 0
< 0
> 0 - allow
> 0 - allow
> 0 - deny
> 0 - deny

=== leaky-bucket: three accepted leaving at 0, 5, 10; the fourth denied
$ rate-limit --algorithm leaky-bucket --limit 2 --window 10
< 0
< 0
< 0
< 0
> 0 - allow 0
> 0 - allow 5
> 0 - allow 10
> 0 - deny

=== fixed-window: a new window at 10
$ rate-limit --algorithm fixed-window --limit 2 --window 10
< 8 u
< 9 u
< 9 u
< 10 u
< 11 u
> 8 u allow
> 9 u allow
> 9 u deny
> 10 u allow
> 11 u allow

=== sliding-log: 8 and 9 still inside (TIME − 10, TIME] at 10 and 11
$ rate-limit --algorithm sliding-log --limit 2 --window 10
< 8 u
< 9 u
< 9 u
< 10 u
< 11 u
> 8 u allow
> 9 u allow
> 9 u deny
> 10 u deny
> 11 u deny

=== sliding-log: a timestamp leaves exactly W later
$ rate-limit --algorithm sliding-log --limit 2 --window 10
< 8 u
< 9 u
< 17 u
< 18 u
< 18 u
< 19 u
> 8 u allow
> 9 u allow
> 17 u deny
> 18 u allow
> 18 u deny
> 19 u allow

=== sliding-window at the edge: p·(W − e) + c·W < N·W, equality denies
# N=2 W=4. At 6 (k=1, e=2, p=2): 2·2 + 0·4 = 4 < 8 allow; then 2·2 + 1·4 = 8, not < 8: deny.
# At 8 (k=2, e=0, p=1): 1·4 + 0 = 4 < 8 allow; then 4 + 4 = 8: deny.
$ rate-limit --algorithm sliding-window --limit 2 --window 4
< 0 k
< 0 k
< 4 k
< 6 k
< 6 k
< 8 k
< 8 k
> 0 k allow
> 0 k allow
> 4 k deny
> 6 k allow
> 6 k deny
> 8 k allow
> 8 k deny

=== sliding-window: the issue's 8 9 9 10 11 (at 10 the previous window weighs fully)
$ rate-limit --algorithm sliding-window --limit 2 --window 10
< 8 u
< 9 u
< 9 u
< 10 u
< 11 u
> 8 u allow
> 9 u allow
> 9 u deny
> 10 u deny
> 11 u allow

=== token-bucket refills N per W continuously
$ rate-limit --limit 2 --window 10
< 0 u
< 0 u
< 4 u
< 5 u
< 9 u
< 10 u
< 1000 u
< 1000 u
< 1000 u
> 0 u allow
> 0 u allow
> 4 u deny
> 5 u allow
> 9 u deny
> 10 u allow
> 1000 u allow
> 1000 u allow
> 1000 u deny

=== two keys never affect each other
$ rate-limit --algorithm fixed-window --limit 1 --window 10
< 0 10.0.0.1
< 0 10.0.0.2
< 1 10.0.0.1
< 1 10.0.0.2
< 10 10.0.0.2
> 0 10.0.0.1 allow
> 0 10.0.0.2 allow
> 1 10.0.0.1 deny
> 1 10.0.0.2 deny
> 10 10.0.0.2 allow

=== defaults: token-bucket, N=10 per W=1000
$ rate-limit
< 0
< 0
< 0
< 0
< 0
< 0
< 0
< 0
< 0
< 0
< 0
< 100
< 200
> 0 - allow
> 0 - allow
> 0 - allow
> 0 - allow
> 0 - allow
> 0 - allow
> 0 - allow
> 0 - allow
> 0 - allow
> 0 - allow
> 0 - deny
> 100 - allow
> 200 - allow

=== commas, tabs, comments, blank lines, no final newline
$ rate-limit --limit 1 --window 5
< # requests
< 1,a
<
< 	2	b
<   # indented comment
< 3 , a
% no-newline
> 1 a allow
> 2 b allow
> 3 a deny

=== file argument with CRLF line ends
$ rate-limit --algorithm fixed-window --limit 2 --window 10 tests/cases/fixtures/rate-limit-crlf.txt
> 0 a allow
> 0 a allow
> 0 a deny
> 10 a allow

=== empty input, empty output
$ rate-limit

=== json: one array of objects, leave only for accepted leaky-bucket requests
$ rate-limit --json --algorithm leaky-bucket --limit 1 --window 3
< 0 "x"
< 1 "x"
< 1 "x"
> [{"time":0,"key":"\"x\"","decision":"allow","leave":0},{"time":1,"key":"\"x\"","decision":"allow","leave":3},{"time":1,"key":"\"x\"","decision":"deny"}]

=== json: empty input
$ rate-limit --json
> []

=== stats per key on standard error, in order of first appearance
$ rate-limit --stats --algorithm fixed-window --limit 1 --window 10
< 0 b
< 0 a
< 0 b
< 5 b
> 0 b allow
> 0 a allow
> 0 b deny
> 5 b deny
! b allowed=1 denied=2
! a allowed=1 denied=0
! total: keys=2 allowed=2 denied=2

=== extreme values: leaving time 2^64 − 2 printed exactly, N·W beyond 64 bits
$ rate-limit --algorithm leaky-bucket --limit 1 --window 9223372036854775807
< 9223372036854775807
< 9223372036854775807
< 9223372036854775807
> 9223372036854775807 - allow 9223372036854775807
> 9223372036854775807 - allow 18446744073709551614
> 9223372036854775807 - deny

=== extreme values in JSON: an unsigned leaving time
$ rate-limit --json --algorithm leaky-bucket --limit 1 --window 9223372036854775807
< 9223372036854775807 k
< 9223372036854775807 k
> [{"time":9223372036854775807,"key":"k","decision":"allow","leave":9223372036854775807},{"time":9223372036854775807,"key":"k","decision":"allow","leave":18446744073709551614}]

=== extreme values: token-bucket with N and W at 2^63 − 1
$ rate-limit --limit 9223372036854775807 --window 9223372036854775807
< 0
< 0
< 9223372036854775807
> 0 - allow
> 0 - allow
> 9223372036854775807 - allow

# Bad input: the decisions before the bad line stay printed (a streaming command), then the error.

=== a decreasing time
$ rate-limit --limit 2 --window 10
< 1 a
< 5 b
< 3 a
< 9 a
> 1 a allow
> 5 b allow
! prep: <stdin>:3:1: error: TIME 3 is before the previous request's time 5 (times may not decrease)
? 1

=== a negative time
$ rate-limit --limit 2 --window 10
< 0 a
< -1 a
> 0 a allow
! prep: <stdin>:2:1: error: TIME -1 is negative
? 1

=== a non-integer time
$ rate-limit --limit 2 --window 10
< 0 a
<   2.5 a
> 0 a allow
! prep: <stdin>:2:3: error: expected an integer for TIME, found '2.5'
? 1

=== a time that does not fit in 64 bits
$ rate-limit
< 9223372036854775808 a
! prep: <stdin>:1:1: error: TIME '9223372036854775808' does not fit in a signed 64-bit integer
? 1

=== a third token
$ rate-limit
< 1 a
< 2 a b
> 1 a allow
! prep: <stdin>:2:5: error: unexpected 'b': expected 'TIME [KEY]'
? 1

=== bad input in a file names the file
$ rate-limit tests/cases/fixtures/rate-limit-bad.txt
> 0 a allow
> 1 a allow
! prep: tests/cases/fixtures/rate-limit-bad.txt:3:1: error: TIME 0 is before the previous request's time 1 (times may not decrease)
? 1

=== json on bad input prints nothing on standard output
$ rate-limit --json
< 0 a
< x a
! prep: <stdin>:2:1: error: expected an integer for TIME, found 'x'
? 1

=== --limit 0 is a usage error
$ rate-limit --limit 0
< 0
! prep: error: --limit must be positive, not 0
? 2

=== a negative --window is a usage error
$ rate-limit --window -5
< 0
! prep: error: --window must be positive, not -5
? 2

=== --window 0 is a usage error
$ rate-limit --algorithm sliding-log --window 0
< 0
! prep: error: --window must be positive, not 0
? 2

=== leaky-bucket with a window that is not a multiple of the limit
$ rate-limit --algorithm leaky-bucket --limit 3 --window 10
< 0
! prep: error: leaky-bucket needs --window to be a multiple of --limit (one request leaves every window/limit time units), but 10 is not a multiple of 3
? 2

=== an unknown algorithm
$ rate-limit --algorithm token_bucket
< 0
!~ token_bucket
? 2

=== a limit that is not an integer
$ rate-limit --limit 2.5
< 0
!~ --limit
? 2
