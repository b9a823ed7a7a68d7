# prep lca: SPEC.md §2 lca, §1 conventions.

=== LeetCode's three-line input works unchanged
$ lca
< [3,5,1,6,2,0,8,null,null,7,4]
< 5
< 1
> 3

=== a node is its own ancestor
$ lca
< [3,5,1,6,2,0,8,null,null,7,4]
< 5 4
> 5

=== a value not in the tree gives null
$ lca
< [3,5,1,6,2,0,8,null,null,7,4]
< 5 42
> null

=== many queries, across lines and on one line
$ lca
< [3,5,1,6,2,0,8,null,null,7,4]
< 5 1 5 4
< 7
< 8
< 6 4 0 8 3 3 -1 -1
> 3
> 5
> 3
> 5
> 1
> 3
> null

=== brackets optional, commas or spaces, comments and blank lines
$ lca
< # the tree
< 3 5 1 6 2 0 8 null null 7 4
<
< 7,4
> 2

=== queries on the tree's line after the list
$ lca
< [1,2,3] 2 3
> 1

=== a bracketed list may span lines
$ lca
< [3, 5, 1,
<  6, 2]
< 6 2
> 5

=== children are read only for nodes: [1,null,2,null,3] is a right chain
$ lca
< [1,null,2,null,3]
< 3 2
< 1 3
> 2
> 1

=== trailing nulls optional, and extra trailing nulls are harmless
$ lca
< [1,2,null,null,null,null]
< 2 1
> 1

=== negative and extreme values
$ lca
< [-9223372036854775808,9223372036854775807,0]
< 9223372036854775807 0
< 0 0
> -9223372036854775808
> 0

=== an empty tree: every query is null
$ lca
< []
< 1 2
> null

=== a null root
$ lca
< [null]
< 1 1
> null

=== a tree and no queries: no output
$ lca
< [1,2,3]

=== empty input: no output
$ lca

=== json
$ lca --json
< [3,5,1,6,2,0,8,null,null,7,4]
< 5 1 5 42
> [3,null]

=== json with no queries
$ lca --json
< [1]
> []

=== CRLF and no final newline
$ lca
<x 5b312c322c335d0d0a3220330d0a3320330d0a
% no-newline
> 1
> 3

=== the sample
$ lca data/lca/sample.txt
> 3
> 5
> 3
> null

# Bad input: exit 1, the place, nothing on standard output.

=== duplicate value in the tree
$ lca
< [3,5,1,5]
< 3 1
! prep: <stdin>:1:8: error: duplicate value 5 in the tree (values must be unique)
? 1

=== odd number of query values
$ lca
< [3,5,1]
< 5 1
< 3
! prep: <stdin>:3:1: error: this query value has no partner: queries are pairs of values, P Q
? 1

=== odd number of query values, with --json: nothing on stdout
$ lca --json
< [3,5,1]
< 5
! prep: <stdin>:2:1: error: this query value has no partner: queries are pairs of values, P Q
? 1

=== a non-integer tree value
$ lca
< [3,5,x]
! prep: <stdin>:1:6: error: expected an integer or null in the tree, found 'x'
? 1

=== a fraction in the tree
$ lca
< [3,5.5]
! prep: <stdin>:1:4: error: expected an integer or null in the tree, found '5.5'
? 1

=== a tree value out of range
$ lca
< [1,9223372036854775808]
! prep: <stdin>:1:4: error: tree value '9223372036854775808' does not fit in a signed 64-bit integer
? 1

=== a non-integer query value
$ lca
< [1,2]
< 1 two
! prep: <stdin>:2:3: error: expected an integer for Q, found 'two'
? 1

=== a malformed list: no closing bracket
$ lca
< [3,5,1
< 5 1
! prep: <stdin>:1:1: error: the tree list has no closing ']'
? 1

=== a malformed list: nested brackets
$ lca
< [[3,5,1]]
! prep: <stdin>:1:2: error: unexpected '[': the tree is one flat list of values
? 1

=== a malformed list: closing bracket without an opening one
$ lca
< 3,5,1]
! prep: <stdin>:1:5: error: unexpected ']': the tree list has no opening '['
? 1

=== a value with no place in the tree
$ lca
< [1,null,null,2]
! prep: <stdin>:1:14: error: value 2 has no place in the tree: every node already has both children
? 1

=== a value below a null root
$ lca
< [null,1]
! prep: <stdin>:1:7: error: value 1 has no place in the tree: the root is null
? 1
