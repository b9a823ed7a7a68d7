# prep stack-queue: SPEC.md §2 stack-queue.

=== every operation
$ stack-queue
< push 1
< push 2
< peek
< pop
< empty
< size
< pop
< empty
< size
> 1
> 1
> false
> 1
> 2
> true
> 0

=== values are any tokens; blank lines and comments are skipped; commas separate; CRLF is fine
$ stack-queue
< # a queue of words
<
< push hello
<   push,	world
<x 706f700d0a
< pop
> hello
> world

=== pushes after a pop stay behind the older elements
$ stack-queue
< push a
< push b
< pop
< push c
< pop
< pop
> a
> b
> c

=== LeetCode 232 example
$ stack-queue
< ["MyQueue","push","push","peek","pop","empty"]
< [[],[1],[2],[],[],[]]
> [null,null,null,1,1,false]

=== LeetCode form with string values and --json gives the same array
$ stack-queue --json
< ["MyQueue", "push", "push", "size", "pop"]
< [[], ["x"], [7], [], []]
> [null,null,null,2,"x"]

=== json of the line form: the lines as an array
$ stack-queue --json
< push 1
< push b
< pop
< pop
< empty
> [1,"b",true]

=== empty input prints nothing
$ stack-queue
< # nothing

=== pop on an empty queue: earlier results, then the error
$ stack-queue
< push 1
< pop
< pop
< push 2
> 1
! prep: <stdin>:3:1: error: pop on an empty queue
? 1

=== peek on an empty queue
$ stack-queue
<   peek
! prep: <stdin>:1:3: error: peek on an empty queue
? 1

=== pop on an empty queue with --json prints nothing
$ stack-queue --json
< push 1
< pop
< pop
! prep: <stdin>:3:1: error: pop on an empty queue
? 1

=== unknown operation
$ stack-queue
< push 1
< size
< enqueue 2
> 1
! prep: <stdin>:3:1: error: unknown operation 'enqueue': expected push, pop, peek, empty or size
? 1

=== push without a value
$ stack-queue
< push
! prep: <stdin>:1:5: error: missing the value: expected 'push X'
? 1

=== an extra token
$ stack-queue
< push 1 2
! prep: <stdin>:1:8: error: unexpected '2' after 'push X'
? 1

=== LeetCode form: pop on an empty queue prints no partial array
$ stack-queue
< ["MyQueue","pop"]
< [[],[]]
! prep: <stdin>:1:12: error: pop on an empty queue
? 1

=== LeetCode form: unknown method
$ stack-queue
< ["MyQueue","push","shift"]
< [[],[1],[]]
! prep: <stdin>:1:19: error: unknown method 'shift': expected push, pop, peek, empty or size
? 1

=== LeetCode form: the class comes first
$ stack-queue
< ["push","MyQueue"]
< [[1],[]]
! prep: <stdin>:1:2: error: expected the class name "MyQueue" first, found 'push'
? 1

=== LeetCode form: lists of different lengths
$ stack-queue
< ["MyQueue","push"]
< [[]]
! prep: <stdin>:2:1: error: 1 argument lists for 2 method names
? 1

=== LeetCode form: the second line is missing
$ stack-queue
< ["MyQueue"]
!~ missing the second line
? 1

=== sample and explanation are built in
$ explain stack-queue
>~ amortized
? 0
