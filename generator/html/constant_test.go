package html

import (
	"go/ast"
	"go/parser"
	"go/token"
	"testing"
)

// TestConstantOnlyFromLiterals holds Raw and Const to what their type
// promises: no other package can name constant, and this one converts
// nothing but a string literal to it.
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
