// expect: CE
function f( {
