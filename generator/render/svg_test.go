package render

import (
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
)

// TestDotsPathIsThePoints: the relative moves of the dots' path land on
// the points, rounded.
func TestDotsPathIsThePoints(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 200 {
		pts := make([]dot, 1+r.IntN(12))
		for i := range pts {
			pts[i] = dot{X: 36 + r.Float64()*588, Y: 14 + r.Float64()*140}
		}
		d := string(appendDots(nil, pts))
		var x, y int64
		segs := strings.Split(strings.TrimSuffix(d, "h0"), "h0")
		if len(segs) != len(pts) {
			t.Fatalf("%q: %d dots, want %d", d, len(segs), len(pts))
		}
		for i, seg := range segs {
			rel := seg[0] == 'm'
			nums := strings.FieldsFunc(seg[1:], func(c rune) bool { return c == ' ' })
			if len(nums) == 1 { // "m44-9": the minus sign separates
				j := strings.LastIndexByte(nums[0], '-')
				nums = []string{nums[0][:j], nums[0][j:]}
			}
			dx, _ := strconv.ParseInt(nums[0], 10, 64)
			dy, _ := strconv.ParseInt(nums[1], 10, 64)
			if rel {
				x, y = x+dx, y+dy
			} else {
				x, y = dx, dy
			}
			if x != int64(math.Round(pts[i].X)) || y != int64(math.Round(pts[i].Y)) {
				t.Fatalf("%q: dot %d at %d,%d, want %.1f,%.1f", d, i, x, y, pts[i].X, pts[i].Y)
			}
		}
	}
}
