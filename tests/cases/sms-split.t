# prep sms-split: SPEC.md §2 sms-split.

=== a 160-character message prints unchanged
$ sms-split
< aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
> aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa

=== 161 characters: two segments, suffix counted in the limit
$ sms-split
< aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
> aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa(1/2)
> aaaaaa(2/2)

=== ten segments: 154 text characters before (i/10)
$ sms-split
< abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuv
> abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwx(1/10)
> yzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuv(2/10)
> wxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrst(3/10)
> uvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqr(4/10)
> stuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnop(5/10)
> qrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmn(6/10)
> opqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijkl(7/10)
> mnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghij(8/10)
> klmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefgh(9/10)
> ijklmnopqrstuv(10/10)

=== multi-byte characters count as one
$ sms-split --limit 11
< éééééééééééé
> éééééé(1/2)
> éééééé(2/2)

=== --limit at 9 -> 10 segments (limit 20, 136 characters)
$ sms-split --limit 20
< xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
> xxxxxxxxxxxxxx(1/10)
> xxxxxxxxxxxxxx(2/10)
> xxxxxxxxxxxxxx(3/10)
> xxxxxxxxxxxxxx(4/10)
> xxxxxxxxxxxxxx(5/10)
> xxxxxxxxxxxxxx(6/10)
> xxxxxxxxxxxxxx(7/10)
> xxxxxxxxxxxxxx(8/10)
> xxxxxxxxxxxxxx(9/10)
> xxxxxxxxxx(10/10)

=== the total room is not monotone: limit 15, 91 characters need 11 segments
$ sms-split --limit 15
< zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz
> zzzzzzzzz(1/11)
> zzzzzzzzz(2/11)
> zzzzzzzzz(3/11)
> zzzzzzzzz(4/11)
> zzzzzzzzz(5/11)
> zzzzzzzzz(6/11)
> zzzzzzzzz(7/11)
> zzzzzzzzz(8/11)
> zzzzzzzzz(9/11)
> zzzzzzzz(10/11)
> zz(11/11)

=== --words: end after a space, or before one that no longer fits
$ sms-split --words --limit 16
< hello world again
> hello world(1/2)
>  again(2/2)

=== --words: a word longer than the room is cut
$ sms-split --words --limit 15
< abcdefghijklmnopqrstuvwxyz
> abcdefghij(1/3)
> klmnopqrst(2/3)
> uvwxyz(3/3)

=== empty message: one empty segment
$ sms-split
>

=== a final CRLF is dropped, inner newlines are kept with -0
$ sms-split -0 --limit 8
<x 61 0a 62 63 64 65 66 67 68 0d 0a
>x 61 0a 62 28 31 2f 33 29 00 63 64 65 28 32 2f 33 29 00 66 67 68 28 33 2f 33 29 00

=== 11 characters at limit 10: two segments hold only 5 + 5
$ sms-split --limit 10
< abcdefghijk
> abcde(1/3)
> fghij(2/3)
> k(3/3)

=== --json
$ sms-split --json --limit 11
< abcdefghijkl
> ["abcdef(1/2)","ghijkl(2/2)"]

=== --lines: every non-empty line is a message, followed by an empty line
$ sms-split --lines --limit 11
< short
<
< abcdefghijkl
> short
>
> abcdef(1/2)
> ghijkl(2/2)
>

=== --lines --json
$ sms-split --lines --json --limit 11
< short
< abcdefghijkl
> [["short"],["abcdef(1/2)","ghijkl(2/2)"]]

=== --lines --json on empty input
$ sms-split --lines --json
> []

=== carrier: 161 a -> 153 + 8 septets
$ sms-split --encoding auto --info
< aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
> encoding=GSM-7 segments=2
> 153
> 8

=== carrier: the euro sign moves whole to the next part
$ sms-split --encoding gsm7 --info
< aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa€bbbbbbbb
> encoding=GSM-7 segments=2
> 152
> 10

=== carrier: the parts themselves
$ sms-split --encoding gsm7
< aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa€bbbbbbbb
> aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
> €bbbbbbbb

=== carrier: 158 a + euro is one part of 160 septets
$ sms-split --encoding auto --info
< aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa€
> encoding=GSM-7 segments=1
> 160

=== carrier: 159 a + euro is 161 septets: two parts
$ sms-split --encoding auto --info
< aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa€
> encoding=GSM-7 segments=2
> 153
> 8

=== carrier: one emoji switches to UCS-2
$ sms-split --encoding auto --info
< Hi 😀
> encoding=UCS-2 segments=1
> 5

=== carrier: a family emoji at a part boundary moves whole
$ sms-split --encoding auto
< aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa👨‍👩‍👧‍👦bbbbbbbbbb
> aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
> 👨‍👩‍👧‍👦bbbbbbbbbb

=== carrier: a family emoji at a part boundary, units
$ sms-split --encoding auto --info
< aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa👨‍👩‍👧‍👦bbbbbbbbbb
> encoding=UCS-2 segments=2
> 66
> 21

=== carrier: --encoding ucs2 on GSM text
$ sms-split --encoding ucs2 --info
< aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
> encoding=UCS-2 segments=2
> 67
> 4

=== carrier: --json --info
$ sms-split --encoding auto --info --json
< aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
> {"encoding":"GSM-7","segments":2,"units":[153,8]}

=== carrier: --smart keeps a pasted message in GSM-7
$ sms-split --smart --info
< “Quoted” – it’s…
> encoding=GSM-7 segments=1
> 18

=== carrier: --smart text
$ sms-split --smart
< “Quoted” – it’s…
> "Quoted" - it's...

=== --encoding gsm7 on text outside the GSM-7 alphabet
$ sms-split --encoding gsm7
< привет
! prep: <stdin>:1:1: error: character 'п' (U+043F) is not in the GSM-7 alphabet (--encoding gsm7); use --encoding ucs2 or auto, or --smart
? 1

=== invalid UTF-8: byte offset in the message
$ sms-split
<x 61 62 ff 63 0a
! prep: <stdin>:1:3: error: invalid UTF-8: byte 0xFF at byte offset 2 of the message
? 1

=== invalid UTF-8 on a later line with --lines: nothing printed
$ sms-split --lines
<x 6f 6b 0a 78 79 e2 82 0a
! prep: <stdin>:2:3: error: invalid UTF-8: byte 0xE2 at byte offset 2 of the message
? 1

=== --limit 5 leaves no room beside the suffix
$ sms-split --limit 5
< hello
! prep: error: --limit 5 is too small: a segment needs room for its suffix "(1/2)" and at least one character (the smallest limit is 6)
? 2

=== a limit too small for so long a message
$ sms-split --limit 6
< aaaaaaaaaa
!~ cannot be split into segments of --limit 6
? 1

=== unknown encoding
$ sms-split --encoding latin1
< hello
!~ latin1
? 2

=== --words with --encoding is a usage error
$ sms-split --words --encoding auto
< hello
!~ --words
? 2

=== file input
$ sms-split --encoding auto --info data/sms-split/sample.txt
> encoding=GSM-7 segments=2
> 153
> 47
