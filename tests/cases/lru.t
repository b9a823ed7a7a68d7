# prep lru: SPEC.md §2 lru.

=== LeetCode 146 walk-through as lines
$ lru
< capacity 2
< put 1 1
< put 2 2
< get 1
< put 3 3
< get 2
< put 4 4
< get 1
< get 3
< get 4
> 1
> -1
> -1
> 3
> 4

=== LeetCode 146 example
$ lru
< ["LRUCache","put","put","get","put","get","put","get","get","get"]
< [[2],[1,1],[2,2],[1],[3,3],[2],[4,4],[1],[3],[4]]
> [null,null,null,1,null,-1,null,-1,3,4]

=== LeetCode 460 example
$ lru
< ["LFUCache","put","put","get","put","get","get","put","get","get","get"]
< [[2],[1,1],[2,2],[1],[3,3],[2],[3],[4,4],[1],[3],[4]]
> [null,null,null,1,null,-1,3,null,-1,3,4]

=== LeetCode 460 as lines with --policy lfu
$ lru --policy lfu --capacity 2
< put 1 1
< put 2 2
< get 1
< put 3 3
< get 2
< get 3
< put 4 4
< get 1
< get 3
< get 4
> 1
> -1
> 3
> -1
> 3
> 4

=== LFU ties go to the least recently used
$ lru --policy lfu
< capacity 2
< put a 1
< put b 2
< get a
< get b
< put c 3
< get a
< get b
< get c
> 1
> 2
> -1
> 2
> 3

=== capacity 0 stores nothing and evicts nothing
$ lru
< capacity 0
< put a 1
< get a
< stats
> -1
> hits=0 misses=1 evictions=0 expirations=0 size=0

=== LeetCode form with capacity 0
$ lru
< ["LRUCache","put","get"]
< [[0],[1,1],[1]]
> [null,null,-1]

=== TTL: live until put time + TTL, then a miss; ttl answers like Redis
$ lru
< capacity 2
< put a 1 10
< ttl a
< tick 9
< get a
< ttl a
< tick 1
< get a
< ttl a
< put b 2
< ttl b
< ttl nothing
< stats
> 10
> 1
> 1
> -1
> -2
> -1
> -2
> hits=1 misses=1 evictions=0 expirations=1 size=1

=== expirations count entries nobody looked at; expired entries go before live ones are evicted
$ lru
< capacity 2
< put old 1
< put short 2 3
< get old
< tick 5
< stats
< put new 3
< get old
< stats
> 1
> hits=1 misses=0 evictions=0 expirations=1 size=1
> 1
> hits=2 misses=0 evictions=0 expirations=1 size=2

=== a put without TTL clears the TTL; a put is a use
$ lru
< capacity 2
< put a 1 5
< put b 2
< put a 3
< ttl a
< put c 4
< get a
< get b
< stats
> -1
> 3
> -1
> hits=1 misses=1 evictions=1 expirations=0 size=2

=== del removes live entries only and is not a use
$ lru
< capacity 2
< put a 1 2
< del a
< del a
< put b 1 1
< tick 1
< del b
< stats
> 1
> 0
> 0
> hits=0 misses=0 evictions=0 expirations=1 size=0

=== json: the answers as one array, stats as an object
$ lru --json
< capacity 1
< put k v
< get k
< get x
< ttl k
< del k
< stats
> ["v",-1,-1,1,{"hits":1,"misses":1,"evictions":0,"expirations":0,"size":0}]

=== an operation before the capacity
$ lru
< put a 1
! prep: <stdin>:1:1: error: no capacity: the first line must be 'capacity N' (or use --capacity N)
? 1

=== a missing capacity: empty input is fine, a lone stats is not
$ lru
< stats
! prep: <stdin>:1:1: error: no capacity: the first line must be 'capacity N' (or use --capacity N)
? 1

=== a negative capacity
$ lru
< capacity -1
! prep: <stdin>:1:10: error: capacity N must not be negative
? 1

=== a capacity that is not an integer
$ lru
< capacity two
! prep: <stdin>:1:10: error: expected an integer for N, found 'two'
? 1

=== a capacity that is not first
$ lru
< capacity 1
< get a
< capacity 2
> -1
! prep: <stdin>:3:1: error: 'capacity N' must be the first line
? 1

=== a negative --capacity is a usage error
$ lru --capacity -1
< get a
! prep: error: --capacity -1 must not be negative
? 2

=== an unknown --policy is a usage error
$ lru --policy fifo
!~ fifo
? 2

=== an unknown operation after good lines
$ lru
< capacity 1
< put a 1
< get a
< incr a
> 1
! prep: <stdin>:4:1: error: unknown operation 'incr': expected capacity, put, get, del, ttl, tick or stats
? 1

=== get with no key
$ lru
< capacity 1
< get
! prep: <stdin>:2:4: error: missing KEY: expected 'get KEY'
? 1

=== put with no value
$ lru --capacity 1
< put a
! prep: <stdin>:1:6: error: missing VALUE: expected 'put KEY VALUE [TTL]'
? 1

=== a TTL that is not an integer
$ lru
< capacity 1
< put a 1 10
< get a
< put a 1 1.5
> 1
! prep: <stdin>:4:9: error: expected an integer for TTL, found '1.5'
? 1

=== a TTL of zero
$ lru
< capacity 1
< put a 1 0
! prep: <stdin>:2:9: error: TTL must be a positive integer
? 1

=== a TTL too large for 64 bits
$ lru
< capacity 1
< put a 1 9223372036854775808
! prep: <stdin>:2:9: error: TTL '9223372036854775808' does not fit in a signed 64-bit integer
? 1

=== a negative tick
$ lru
< capacity 1
< tick -5
! prep: <stdin>:2:6: error: tick N must not be negative: the clock only goes forward
? 1

=== the clock cannot overflow
$ lru
< capacity 1
< tick 9223372036854775807
< tick 1
! prep: <stdin>:3:6: error: the clock would pass 2^63 - 1
? 1

=== a huge TTL near the end of time
$ lru
< capacity 1
< tick 9223372036854775806
< put a 1 9223372036854775807
< ttl a
< tick 1
< get a
> 9223372036854775807
> 1

=== an extra token
$ lru
< capacity 1
< get a b
! prep: <stdin>:2:7: error: unexpected 'b': expected 'get KEY'
? 1

=== bad input with --json prints nothing
$ lru --json
< capacity 1
< get a
< get
! prep: <stdin>:3:4: error: missing KEY: expected 'get KEY'
? 1

=== LeetCode form: --policy that contradicts the class
$ lru --policy lru
< ["LFUCache","get"]
< [[1],[1]]
! prep: error: --policy lru contradicts the class LFUCache of the input
? 2

=== LeetCode form: a wrong argument count
$ lru
< ["LRUCache","put"]
< [[2],[1]]
! prep: <stdin>:2:6: error: put takes KEY VALUE [TTL], found 1 argument
? 1

=== LeetCode form: an unknown class
$ lru
< ["Cache","get"]
< [[2],[1]]
! prep: <stdin>:1:2: error: expected the class name "LRUCache" or "LFUCache" first, found 'Cache'
? 1

=== LeetCode form: a negative capacity
$ lru
< ["LRUCache"]
< [[-2]]
! prep: <stdin>:2:2: error: capacity N must not be negative
? 1

=== sample and explanation are built in
$ explain lru
>~ frequency buckets
? 0
