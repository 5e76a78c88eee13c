package render

import (
	"go/ast"
	"go/parser"
	"go/token"
	"testing"
)

// TestConstantOnlyFromLiterals holds markup.raw to what its type promises:
// the package converts nothing but a string literal to constant, so no
// value from content reaches a page unescaped.
func TestConstantOnlyFromLiterals(t *testing.T) {
	fset := token.NewFileSet()
	pkgs, err := parser.ParseDir(fset, ".", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, pkg := range pkgs {
		for _, f := range pkg.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "constant" && len(call.Args) == 1 {
					if _, lit := call.Args[0].(*ast.BasicLit); !lit {
						t.Errorf("%s: constant(…) of a non-literal", fset.Position(call.Pos()))
					}
				}
				return true
			})
		}
	}
}
